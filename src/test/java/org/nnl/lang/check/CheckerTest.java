package org.nnl.lang.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.library.Kind;
import org.nnl.lang.syntax.Syntax;

class CheckerTest {
  private static List<String> check(String src) {
    Syntax.Result r = Syntax.parse(src, "t.nnl");
    assertTrue(r.ok(), () -> "syntax: " + r.diagnostics());
    List<String> out = new ArrayList<>();
    for (Diagnostic d : new Checker(new TestLibrary(), Map.of("D", Kind.DISTRIBUTION, "A", Kind.ARCHITECTURE), false)
        .check(r.program(), null, null)) {
      out.add(d.line() + ":" + d.col() + " " + d.message());
    }
    return out;
  }

  @Test
  void cleanProgramsHaveNoDiagnostics() {
    assertEquals(List.of(), check("activation relu\nlet e = eps(relu, 4)\nlearner p = polyreg(degree: 3)\n"
        + "let g = gap(A, D, degree: 2, networks: 3)\nprint e + 1, g.mean"));
  }

  @Test
  void unknownActivationSuggestsTheNearest() {
    assertEquals(List.of("1:12 Unknown activation 'rleu'. Did you mean 'relu'?"), check("activation rleu"));
    assertEquals(List.of("1:13 Unknown activation 'rleu'. Did you mean 'relu'?"), check("let e = eps(rleu, 2)"));
  }

  @Test
  void unknownFunctionAndNameSuggest() {
    assertEquals(List.of("1:9 Unknown function 'esp'. Did you mean 'eps'?"), check("let e = esp(relu, 2)"));
    assertEquals(List.of("2:7 Unknown name 'widht'. Did you mean 'width'?"), check("let width = 3\nprint widht"));
  }

  @Test
  void argumentNamesArityAndKinds() {
    assertEquals(List.of("1:17 Unknown argument 'degre' for polyreg. Did you mean 'degree'?"),
        check("let p = polyreg(degre: 3)"));
    assertEquals(List.of("1:17 Unknown argument 'colour' for polyreg. Expected: degree, ridge."),
        check("let p = polyreg(colour: 3)"));
    assertEquals(List.of("1:9 Missing argument 'n' of eps(a, n)."), check("let e = eps(relu)"));
    assertEquals(List.of("1:22 eps(a, n) takes at most 2 arguments."), check("let e = eps(relu, 2, 3)"));
    assertEquals(List.of("1:19 Argument 'n' of eps needs a number, not a string."), check("let e = eps(relu, \"2\")"));
    assertEquals(List.of("1:19 Argument 'a' of eps is given twice."), check("let e = eps(relu, a: relu, n: 2)"));
    assertEquals(List.of("1:22 Positional arguments come before named ones."), check("let e = eps(a: relu, 2)"));
  }

  @Test
  void overloadsAcceptEitherFormAndReportTheNearest() {
    assertEquals(List.of(), check("let n = 1\nlet g = gap(A, D, degree: 2)"));
    assertEquals(List.of("1:9 Missing argument 'degree' of gap(arch, D, degree, networks: 10, samples: 1000)."),
        check("let g = gap(A, D, networks: 2)"));
  }

  @Test
  void everyDiagnosticIsCollected() {
    List<String> d = check("let a = b\nlet c = d\nactivation f(x) = max(x, y)\nlet e = 1 + \"s\" - 2");
    assertEquals(4, d.size(), d.toString());
  }

  @Test
  void declarationKeywordsCheckTheirKind() {
    assertEquals(List.of("1:18 'architecture b' needs an architecture, not a learner."),
        check("architecture b = polyreg(degree: 2)"));
    assertEquals(List.of("1:9 This expression has no value to bind."), check("let z = nothing()"));
  }

  @Test
  void functionNamesMustBeCalled() {
    assertEquals(List.of("1:9 'eps' is a function; call it with its arguments, e.g. eps(a, n)."), check("let f = eps"));
  }

  @Test
  void namesAreDefinedBeforeUseAndLoopVariablesStayInside() {
    assertEquals(List.of("1:7 Unknown name 'later'."), check("print later\nlet later = 1"));
    assertEquals(List.of("2:7 Unknown name 'i'."), check("for i in 1..3 { print i }\nprint i"));
  }

  @Test
  void freeNamesAreCollectedWhenAllowed() {
    Syntax.Result r = Syntax.parse("print x + y", "t");
    Checker c = new Checker(new TestLibrary(), Map.of(), true);
    assertEquals(List.of(), c.check(r.program(), null, null));
    assertEquals(List.of("x", "y"), List.copyOf(c.freeNames().keySet()));
  }
}
