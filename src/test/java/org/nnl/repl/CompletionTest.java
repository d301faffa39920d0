package org.nnl.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jline.reader.Candidate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.lang.Session;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.CallContext;
import org.nnl.lang.library.Fn;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Param;

class CompletionTest {
  @TempDir Path dir;

  /** A catalog of two built-ins whose only use here is their names and parameters. */
  static Map<String, List<Builtin>> catalog() {
    Map<String, List<Builtin>> m = new LinkedHashMap<>();
    m.put("draw", List.of(fake("draw", Param.req("arch", Kind.ARCHITECTURE), Param.opt("seed", Kind.NUMBER, null))));
    m.put("gap", List.of(
        fake("gap", Param.req("f", Kind.FUNCTION), Param.req("g", Kind.FUNCTION), Param.req("D", Kind.DISTRIBUTION),
            Param.opt("samples", Kind.NUMBER, 1000.0)),
        fake("gap", Param.req("arch", Kind.ARCHITECTURE), Param.req("D", Kind.DISTRIBUTION),
            Param.req("degree", Kind.NUMBER), Param.opt("networks", Kind.NUMBER, 20.0), Param.opt("samples", Kind.NUMBER, 1000.0))));
    return m;
  }

  static Builtin fake(String name, Param... params) {
    return new Builtin() {
      public String name() { return name; }
      public List<Param> params() { return List.of(params); }
      public Kind result() { return Kind.ANY; }
      public String doc() { return name + " — a documented built-in. Example: " + name + "(...)"; }
      public Object call(CallContext ctx, Args args) { throw new UnsupportedOperationException(); }
    };
  }

  private List<String> complete(String before) {
    List<Candidate> out = new ArrayList<>();
    new NnlCompleter(new Session(), catalog(), new FileCandidates(dir)).complete(before, out);
    String word = InputLine.at(before, before.length()).word();
    return out.stream().map(Candidate::value).filter(v -> v.startsWith(word)).distinct().toList();
  }

  @Test
  void keywordsAndBuiltinsAtTheStart() {
    assertTrue(complete("arch").contains("architecture"));
    assertTrue(complete("print eps(re").contains("relu"), "built-in activations need no declaration");
    assertEquals(List.of("draw", "digits", "distribution").stream().sorted().toList(),
        complete("d").stream().sorted().toList());
  }

  @Test
  void namedArgumentsOfTheFunctionBeingCalledAcrossOverloads() {
    List<String> c = complete("let g = gap(A, S, degree: 4, ");
    assertTrue(c.containsAll(List.of("networks:", "samples:")), c.toString());
    assertFalse(c.contains("degree:"), "degree is given already");
    assertFalse(c.contains("arch:") || c.contains("f:"), "the first two are given by position: " + c);
    assertEquals(List.of("seed:"), complete("draw(A, se").stream().filter(s -> s.endsWith(":")).toList());
    assertEquals(List.of("seed:"), complete("draw(A, "), "with nothing typed, only the named arguments");
    assertTrue(complete("draw(A, s").containsAll(List.of("seed:", "save")), "with a prefix, names too");
    assertFalse(complete("draw(A, [1, 2], se").contains("arch:"));
    assertTrue(complete("f(draw(A), ").stream().noneMatch(s -> s.endsWith(":")), "the inner call is closed");
  }

  @Test
  void contextIsFoundAcrossLinesAndNestedBrackets() {
    CompletionContext c = CompletionContext.of("let t = sweep n in 1..6 {\n  gap: gap(A, S, degree: n, net");
    assertEquals("gap", c.callee());
    assertEquals(Set.of("degree"), c.namedGiven());
    assertEquals("net", c.word());
    assertEquals(CompletionContext.Kind.NONE, CompletionContext.of("print 1 # a comm").kind());
    assertEquals(CompletionContext.Kind.FIELD, CompletionContext.of("print t.ga").kind());
    assertEquals("t", CompletionContext.of("print t.ga").owner());
    assertEquals(CompletionContext.Kind.ACTIVATION, CompletionContext.of("activation a = re").kind());
  }

  @Test
  void fileNamesInsideStringsAfterImportSavePlotAndLoad() throws IOException {
    Files.writeString(dir.resolve("tour.nnl"), "print 1\n");
    Files.writeString(dir.resolve("table.csv"), "a\n1\n");
    Files.createDirectories(dir.resolve("scripts"));
    Files.writeString(dir.resolve("scripts/paper.nnl"), "print 2\n");
    assertEquals(List.of("tour.nnl"), complete("import \"to"));
    assertEquals(List.of("scripts/paper.nnl"), complete("import \"scripts/p"));
    assertEquals(List.of("table.csv"), complete("save t to \"ta"), "save offers any file");
    assertEquals(List.of("table.csv"), complete("plot t, x: n, y: gap, to: \"ta"));
    assertEquals(List.of("tour.nnl"), complete(":load t"), ":load offers scripts only");
    assertEquals(List.of(), complete("print \"to"), "no file names in other strings");
  }

  @Test
  void commandsAndHelpTopics() {
    assertEquals(List.of(":save", ":seed", ":spark"), complete(":s"));
    assertEquals(List.of("gap"), complete(":help ga"));
    assertEquals(":quit", Commands.parse(":q").name());
    assertEquals("gap(arch, D, degree, networks: 20, samples: 1000)", Fn.signature(catalog().get("gap").get(1)));
    assertEquals(new Commands.Call(":load", "x.nnl"), Commands.parse("  :load   x.nnl "));
  }

  @Test
  void inputLineWordsForJline() {
    InputLine l = InputLine.at("import \"scripts/pa", 18);
    assertEquals("scripts/pa", l.word());
    assertEquals(10, l.wordCursor());
    assertEquals("seed", InputLine.at("draw(A,seed", 11).word());
  }
}
