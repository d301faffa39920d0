package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnl.core.Estimate;
import org.nnl.lang.diag.NnlException;

/** Semantics of the interpreter over a small test catalog: estimates, calls of values, defaults, tables. */
class InterpreterTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Session s = new Session(new TestServices(), new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void estimatesScaleAndShiftExactly() {
    assertEquals(new Estimate(3, 1, 10), s.eval("est(1, 0.5) * 2 + 1", "t"));
    assertEquals(new Estimate(-0.5, 0.25, 10), s.eval("-est(1, 0.5) / 2", "t"));
    assertEquals(0.5, s.eval("est(1, 0.5).stderr", "t"));
    assertEquals(true, s.eval("est(1, 0.5) < 2", "t"));
  }

  @Test
  void predictorsTakePointsOrBatches() {
    s.eval("let f = summer(3)", "t");
    assertEquals(List.of(6.0, 12.0), s.eval("f([1, 2, 3])", "t"));
    assertEquals(List.of(List.of(6.0, 12.0), List.of(0.0, 0.0)), s.eval("f([[1, 2, 3], [0, 0, 0]])", "t"));
    NnlException e = assertThrows(NnlException.class, () -> s.eval("f([1, 2])", "t"));
    assertEquals("The function takes points of 3 numbers; this one has 2.", e.diagnostics().get(0).message());
    assertEquals(3, e.diagnostics().get(0).col());
  }

  @Test
  void absentOptionalArgumentsGetTheirDefault() {
    assertEquals(-1.0, s.eval("seedof()", "t"));
    assertEquals(5.0, s.eval("seedof(seed: 5)", "t"));
  }

  @Test
  void overloadsAreChosenByKinds() {
    s.set("f", new org.nnl.lang.check.TestLibrary.SumPredictor(1));
    s.set("D", new org.nnl.core.dist.Distribution() {
      public int dim() {
        return 1;
      }

      public org.nnl.core.linalg.Mat sample(int n, long seed) {
        return new org.nnl.core.linalg.Mat(n, 1);
      }
    });
    s.set("A", new org.nnl.core.net.Architecture() {
      public int inputDim() {
        return 1;
      }

      public int outputDim() {
        return 1;
      }

      public int depth() {
        return 2;
      }

      public org.nnl.core.net.Network draw(long seed) {
        throw new UnsupportedOperationException();
      }
    });
    assertEquals("gap-fg", s.eval("gap(f, f, D)", "t"));
    assertEquals("gap-arch", s.eval("gap(A, D, degree: 2)", "t"));
    NnlException e = assertThrows(NnlException.class, () -> s.eval("gap(1, 2)", "t"));
    assertEquals(NnlException.Kind.COMPILE, e.kind());
  }

  @Test
  void forRunsOverTableRowsAndLocalsStayLocal() {
    s.eval("let t = sweep a in [1, 2], b in [3] { c: a * b }\nfor r in t { let d = r.c + 1; print r.a, d }", "t");
    assertEquals("1  4\n2  7\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    assertEquals(null, s.get("d"));
  }

  @Test
  void aLetInALoopBodyRebindsANameBoundOutsideIt() {
    // prev is bound outside: each iteration sees the previous one's value, and the last stays.
    // step is bound only inside: fresh in each iteration, gone after the loop.
    s.eval("let prev = -1\nfor k in [3, 1, 5] {\n  let step = k - prev\n  print k > prev, step\n  let prev = k\n}", "t");
    assertEquals("true  4\nfalse  -2\ntrue  4\n", out.toString(StandardCharsets.UTF_8).replace("\r", ""));
    assertEquals(5.0, s.get("prev"));
    assertEquals(null, s.get("step"));
    // nested bodies rebind the enclosing body's name; the checker follows the same rule
    assertEquals(6.0, s.eval("let total = 0\nfor i in 1..3 { let inner = 0\n for j in [i] { let inner = inner + j }\n"
        + " let total = total + inner }\ntotal", "t"));
    assertEquals(List.of(), s.check("let n = 0\nfor i in 1..2 { let n = \"s\" }\nprint n", "t"));
  }

  @Test
  void stringsJoinWithFormattedValues() {
    assertEquals("n = 3, x = 0.333333", s.eval("\"n = \" + 3 + \", x = \" + 1 / 3", "t"));
  }

  @Test
  void comparisonsAndEquality() {
    assertEquals(true, s.eval("[1, 2] == [1, 2] and \"a\" < \"b\" and 2 != 3", "t"));
    assertEquals(false, s.eval("1 > 2 or false", "t"));
  }

  @Test
  void userActivationsCarryTheirKinksToTheCore() {
    s.eval("activation g(x) = abs(x - 1) + max(x ^ 2, 2) + 0.5 * x", "t");
    org.nnl.core.act.Activation g = (org.nnl.core.act.Activation) s.get("g");
    org.junit.jupiter.api.Assertions.assertArrayEquals(new double[] {-Math.sqrt(2), 1, Math.sqrt(2)}, g.kinks(), 1e-14);
    assertEquals(Math.abs(3 - 1) + 9 + 1.5, g.raw(3), 1e-15);
  }

  @Test
  void warningsPointAtTheCallAndSeedsDefaultToTheSession() {
    assertEquals(6.0, s.eval("seed 5\n1 + warns()", "w.nnl"));
    assertEquals("w.nnl:2:5: warning: A few samples dominate the mean.\n1 + warns()\n    ^^^^^^^\n",
        err.toString(StandardCharsets.UTF_8).replace("\r", ""));
  }
}
