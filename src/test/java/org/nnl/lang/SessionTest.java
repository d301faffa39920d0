package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nnl.core.Table;
import org.nnl.lang.diag.NnlException;

class SessionTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final TestServices services = new TestServices();
  private final Session s = new Session(services, new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(new ByteArrayOutputStream()));

  private String output() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void evalReturnsATrailingExpressionAndKeepsBindings() {
    assertEquals(7.0, s.eval("let a = 3\na * 2 + 1", "t"));
    assertNull(s.eval("let b = a", "t"));
    assertEquals(3.0, s.get("b"));
    assertEquals(List.of("a", "b"), List.copyOf(s.names()));
    assertEquals(8.0, s.eval("twice(x: 4)", "t"));
  }

  @Test
  void compileErrorsRunNothing() {
    NnlException e = assertThrows(NnlException.class, () -> s.eval("print 1\nlet a = nope\nlet b = nada", "t"));
    assertEquals(NnlException.Kind.COMPILE, e.kind());
    assertEquals(2, e.diagnostics().size());
    assertEquals(65, e.exitCode());
    assertEquals("", output());
  }

  @Test
  void runtimeErrorsCarryTheSpanOfTheFailingCall() {
    NnlException e = assertThrows(NnlException.class, () -> s.eval("print 1\nlet v = 2 * fail(3)", "t"));
    assertEquals(NnlException.Kind.RUNTIME, e.kind());
    var d = e.diagnostics().get(0);
    assertEquals(2, d.line());
    assertEquals(13, d.col());
    assertEquals(7, d.length());
    assertEquals("The request is refused: n = 3.0.", d.message());
    assertEquals("1\n", output().replace("\r", ""));
  }

  @Test
  void setConvertsJavaValues() {
    s.set("n", 4);
    s.set("xs", new double[] {1, 2});
    s.set("m", Map.of("k", 2L));
    assertEquals(4.0, s.get("n"));
    assertEquals(List.of(1.0, 2.0), s.get("xs"));
    assertEquals(10.0, s.eval("n * 2 + m.k", "t"));
  }

  @Test
  void compileOnceRunWithBindings() {
    Session.CompiledScript c = s.compile("x * x + y", "t");
    assertEquals(13.0, c.run(s, Map.of("x", 2, "y", 9)));
    assertEquals(25.0, c.run(s, Map.of("x", 4)));
    Session fresh = new Session(services, new PrintStream(out), System.err);
    NnlException e = assertThrows(NnlException.class, () -> c.run(fresh, Map.of("x", 1)));
    assertEquals("Unknown name 'y'.", e.diagnostics().get(0).message());
  }

  @Test
  void isCompleteAsksTheParser() {
    assertFalse(s.isComplete("let a = (1 +"));
    assertFalse(s.isComplete("for i in 1..3 {"));
    assertTrue(s.isComplete("let a = 1"));
    assertTrue(s.isComplete("let a = )"));
  }

  @Test
  void seedDigitsAndReset() {
    s.eval("seed 42\ndigits 3\nprint 2 / 3", "t");
    assertEquals(42, s.seed());
    assertEquals("0.667\n", output().replace("\r", ""));
    s.reset();
    assertEquals(1, s.seed());
    assertTrue(s.names().isEmpty());
    assertThrows(IllegalArgumentException.class, () -> s.set("for", 1.0));
  }

  @Test
  void sweepBuildsATableAndPlotUsesColumnNames(@TempDir Path dir) throws Exception {
    Path script = dir.resolve("p.nnl");
    Files.writeString(script, "let t = sweep n in 1..3 { sq: n * n }\nplot t, x: n, y: [sq], log: \"y\", to: \"p.png\"\n"
        + "save t to \"sq.csv\"");
    s.evalFile(script);
    Table t = (Table) s.get("t");
    assertEquals(List.of("n", "sq"), t.columns());
    assertEquals(3, t.rowCount());
    assertEquals(List.of("n [sq] y p.png"), services.plots);
    assertEquals("n,sq\n1,1\n2,4\n3,9\n", Files.readString(dir.resolve("sq.csv")));
  }

  @Test
  void importRunsAnotherScriptIntoTheSession(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("lib.nnl"), "let width = 512\n");
    Path main = dir.resolve("main.nnl");
    Files.writeString(main, "import \"lib.nnl\"\nprint width / 2");
    s.evalFile(main);
    assertEquals("256\n", output().replace("\r", ""));
  }

  @Test
  void interruptionRestoresTheBindings() {
    s.eval("let a = 1", "t");
    Thread.currentThread().interrupt();
    assertThrows(java.util.concurrent.CancellationException.class, () -> s.eval("let a = 2\nlet b = 3", "t"));
    assertFalse(Thread.currentThread().isInterrupted());
    assertEquals(1.0, s.get("a"));
    assertNull(s.get("b"));
  }
}
