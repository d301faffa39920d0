package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnl.core.SeedStream;
import org.nnl.core.Table;

/**
 * The session seed stream as scripts see it (language.md, Determinism): unseeded calls take
 * seed_0, seed_1, ... of the stream from the session seed; {@code seed N} restarts it; a sweep
 * takes one seed t and runs row k with the stream {@code SeedStream.cell(t, k)}.
 */
class SeedStreamSessionTest {
  private static final String NET = "architecture A = dense(3 -> 4 -> 1, act: tanh)\n";

  private static Session session() {
    return new Session(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  /** f(x) of a network drawn with an explicit seed. */
  private static double seeded(long seed) {
    return (Double) session().eval(NET + "draw(A, seed: " + seed + ")([0.3, -0.7, 1.1])", "t");
  }

  @Test
  void unseededCallsTakeTheStreamInOrder() {
    Session s = session();
    s.eval(NET, "t");
    double first = (Double) s.eval("draw(A)([0.3, -0.7, 1.1])", "t");
    double second = (Double) s.eval("draw(A)([0.3, -0.7, 1.1])", "t");
    assertEquals(seeded(1), first, 0);
    assertEquals(seeded(SeedStream.seedAt(1, 1)), second, 0);
    assertNotEquals(first, second);
    s.eval("seed 1", "t");
    assertEquals(first, (Double) s.eval("draw(A)([0.3, -0.7, 1.1])", "t"), 0);
  }

  @Test
  void explicitSeedsDoNotAdvanceTheStream() {
    Session s = session();
    s.eval(NET + "seed 9\nlet a = draw(A, seed: 3)\nlet b = draw(A)", "t");
    assertEquals(seeded(9), (Double) s.eval("b([0.3, -0.7, 1.1])", "t"), 0);
  }

  @Test
  void trainingAndTestSamplesAreDifferentPoints() {
    Session s = session();
    s.eval(NET + "let f = draw(A, seed: 2)\nlet g = draw(A, seed: 5)\nlet train = sample(sphere(3), 50, label: f)\n"
        + "let test = sample(sphere(3), 50, label: f)", "t");
    Object onTrain = s.eval("mse(g, train)", "t");
    assertNotEquals(onTrain, s.eval("mse(g, test)", "t"));
    assertEquals(onTrain, s.eval("mse(g, sample(sphere(3), 50, seed: 1, label: f))", "t"));
    assertEquals(s.eval("mse(g, test)", "t"),
        s.eval("mse(g, sample(sphere(3), 50, seed: " + SeedStream.seedAt(1, 1) + ", label: f))", "t"));
  }

  @Test
  void sweepCellsRunWithTheirOwnStreams() {
    Session s = session();
    s.eval(NET + "seed 4", "t");
    Table t = (Table) s.eval("sweep k in 1..3, j in [0, 1] { y: draw(A)([0.3, -0.7, 1.1]), z: draw(A)([1, 1, 1]) }", "t");
    long sweepSeed = SeedStream.seedAt(4, 0);
    for (int k = 0; k < 6; k++) {
      SeedStream cell = SeedStream.cell(sweepSeed, k);
      List<Object> row = t.row(k);
      assertEquals(seeded(cell.next()), (Double) row.get(2), 0, "row " + k);
      long z = cell.next();
      double want = (Double) session().eval(NET + "draw(A, seed: " + z + ")([1, 1, 1])", "t");
      assertEquals(want, (Double) row.get(3), 0, "row " + k);
    }
    // The sweep took exactly one seed of the session stream; the next call takes seed_1.
    assertEquals(seeded(SeedStream.seedAt(4, 1)), (Double) s.eval("draw(A)([0.3, -0.7, 1.1])", "t"), 0);
  }

  @Test
  void theSameScriptPrintsTheSameNumbers() {
    String script = NET + "print draw(A)([1, 2, 3]), gap(draw(A), draw(A), sphere(3), samples: 20)\n"
        + "print sweep n in 1..2 { g: gap(draw(A), draw(A), sphere(3), samples: 10) }";
    assertEquals(run(script), run(script));
  }

  private static String run(String script) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Session(new PrintStream(out, true, StandardCharsets.UTF_8)).eval(script, "t");
    return out.toString(StandardCharsets.UTF_8);
  }
}
