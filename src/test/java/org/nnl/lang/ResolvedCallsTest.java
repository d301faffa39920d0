package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnl.lang.check.Checker;
import org.nnl.lang.check.Resolution;
import org.nnl.lang.eval.Interpreter;
import org.nnl.lang.eval.builtin.RuntimeServices;
import org.nnl.lang.library.Kind;
import org.nnl.lang.syntax.Syntax;

/** Checked calls run as the checker resolved them: the run resolves only what the check could not. */
class ResolvedCallsTest {
  private static final String LOOP = "let xs = [1, 2, 6]\nactivation sq(x) = x * x\nlet s = 0\n"
      + "for i in 1..40 {\n  let s = s + mean(xs) + mean(relu) + sq(2) + relu(1)\n}\ndigits 17\nprint s\n";

  private final RuntimeServices services = new RuntimeServices();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Interpreter interp = new Interpreter(services, new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(new ByteArrayOutputStream()));

  /** Checks {@code src}, then runs it by the check's resolution ({@code resolved}) or by none; returns its output. */
  private String run(String src, boolean resolved, boolean allowFree) {
    Syntax.Result r = Syntax.parse(src, "t.nnl");
    Map<String, Kind> globals = new java.util.HashMap<>();
    interp.globals().forEach((k, v) -> globals.put(k, org.nnl.lang.library.Kinds.of(v)));
    Checker checker = new Checker(services, globals, allowFree);
    assertEquals(List.of(), checker.check(r.program(), null, null));
    out.reset();
    interp.run(r.program(), null, resolved ? checker.resolution() : Resolution.NONE);
    return out.toString(StandardCharsets.UTF_8).replace("\r", "");
  }

  @Test
  void aCheckedLoopResolvesNothingAtRunTime() {
    String resolved = run(LOOP, true, false);
    assertEquals(0, interp.runtimeResolutions());
    // The same program without the check's resolution: every call (4 per iteration) is resolved as it runs.
    assertEquals(resolved, run(LOOP, false, false));
    assertEquals(4 * 40, interp.runtimeResolutions());
    // 40 (3 + 1/sqrt(pi) + 4/sqrt(3) + sqrt(2)): mean(relu) = E sqrt(2) max(0, Z) = 1/sqrt(pi); a user
    // activation is scaled to E sq(Z)^2 = 1, so sq(x) = x^2/sqrt(3) (E Z^4 = 3); relu(1) = sqrt(2).
    double expected = 40 * (3 + 1 / Math.sqrt(Math.PI) + 4 / Math.sqrt(3) + Math.sqrt(2));
    assertEquals(expected, Double.parseDouble(resolved.trim()), 1e-12 * expected);
  }

  @Test
  void callsResolvedAgainstOtherBuiltinsAreResolvedByTheRun() {
    Syntax.Result r = Syntax.parse("print mean([1, 2, 6]), relu(1)", "t.nnl");
    Checker other = new Checker(new RuntimeServices(), Map.of(), false);
    assertEquals(List.of(), other.check(r.program(), null, null));
    interp.run(r.program(), null, other.resolution());
    assertEquals("3  1.41421\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    assertEquals(2, interp.runtimeResolutions(), "a compiled script run by a session with other built-ins");
  }

  @Test
  void aLoopThatRebindsANameIsDecidedByTheRun() throws Exception {
    String script = Files.readString(Path.of("scripts/lang/dispatch.nnl"));
    String out = run(script, true, false);
    assertEquals("3  0.56419\n2\n0.56419\n2\n[1.41421, 4.24264]\nrelu\n", out);
    // Once per loop, in its second iteration: m is an activation where the check saw a list,
    // and mean is bound to an activation where the check saw a number.
    assertEquals(2, interp.runtimeResolutions());
  }

  @Test
  void overloadsWithArgumentsOfUnknownKindAreChosenByTheRun() {
    interp.globals().put("x", List.of(1.0, 5.0));
    assertEquals("3\n", run("print mean(x)", true, false));
    assertEquals(0, interp.runtimeResolutions(), "a session binding's kind is exact");
    interp.globals().remove("x");
    Syntax.Result r = Syntax.parse("print mean(x)", "t.nnl");
    Checker free = new Checker(services, Map.of(), true);
    assertEquals(List.of(), free.check(r.program(), null, null));
    out.reset();
    for (Object x : List.of(List.of(1.0, 5.0), org.nnl.core.act.Activations.builtin("relu"))) {
      interp.globals().put("x", x);
      interp.run(r.program(), null, free.resolution());
    }
    assertEquals("3\n0.56419\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    assertEquals(2, interp.runtimeResolutions(), "x was free when checked: each run chooses");
  }

  /**
   * The choice among overloads rests on this: a value of an exact kind (as the catalog declares
   * its result) has that kind at run time, and fits a parameter exactly when its kind does.
   */
  @Test
  void exactKindsAreTheRunsKinds() {
    Session s = new Session(new PrintStream(new ByteArrayOutputStream()));
    s.eval("let a = dense(2 -> 8 -> 1, act: relu)\nlet D = gaussian(2)\nlet n = draw(a, seed: 1)\n"
        + "let sh = shadow(n, 2)\nlet L = polyreg(degree: 2)\nlet data = sample(D, 20, seed: 1, label: n)\n"
        + "let m = fit(L, data)\nlet t = sweep k in 1..2 { k2: k * k }\nlet e = gap(n, sh, D, samples: 10, seed: 1)\n"
        + "let act = leaky(0.1)\nlet r = {a: 1}\nlet x = 1\nlet str = \"s\"\nlet b = true\nlet l = 1..3", "t");
    Map<String, Kind> declared = Map.ofEntries(Map.entry("a", Kind.ARCHITECTURE), Map.entry("D", Kind.DISTRIBUTION),
        Map.entry("n", Kind.NETWORK), Map.entry("sh", Kind.NETWORK), Map.entry("L", Kind.LEARNER),
        Map.entry("data", Kind.DATA), Map.entry("m", Kind.MODEL), Map.entry("t", Kind.TABLE),
        Map.entry("e", Kind.ESTIMATE), Map.entry("act", Kind.ACTIVATION), Map.entry("r", Kind.RECORD),
        Map.entry("x", Kind.NUMBER), Map.entry("str", Kind.STRING), Map.entry("b", Kind.BOOL), Map.entry("l", Kind.LIST));
    java.util.Set<Kind> seen = new java.util.HashSet<>();
    declared.forEach((name, kind) -> {
      Object v = s.get(name);
      assertEquals(kind, org.nnl.lang.library.Kinds.of(v), name);
      seen.add(kind);
      for (Kind wanted : Kind.values()) {
        assertEquals(org.nnl.lang.library.Kinds.fits(wanted, kind), org.nnl.lang.library.Kinds.fits(wanted, v),
            name + " where " + wanted + " is wanted");
      }
    });
    assertEquals(org.nnl.lang.check.ResolvedCall.OfBuiltin.EXACT, seen, "every exact kind is tried");
  }
}
