package org.nnl.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nnl.core.SeedStream;
import org.nnl.lang.diag.NnlException;

/** reduction, transform, kstest, audit and scatter as scripts see them. */
class HardnessSessionTest {
  private static final String H = "let h = draw(conv(8, patch: 2, weights: bernoulli(1)), seed: 1)\n";

  private static Session session() {
    Session s = new Session(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    s.eval(H, "t");
    return s;
  }

  @Test
  void unseededReductionsAndScattersTakeTheSessionStream() {
    Session s = session();
    double first = (Double) s.eval("reduction(h, normal(1)).smin", "t");
    double second = (Double) s.eval("reduction(h, normal(1)).smin", "t");
    assertNotEquals(first, second);
    // the first draw of the session h used an explicit seed, so the first unseeded call takes seed_0 = 1
    assertEquals((Double) session().eval("reduction(h, normal(1), seed: 1).smin", "t"), first, 0);
    assertEquals((Double) session().eval("reduction(h, normal(1), seed: " + SeedStream.seedAt(1, 1) + ").smin", "t"), second, 0);
  }

  @Test
  void aPointMapsAndItsLabelIsKept() {
    Session s = session();
    s.eval("let red = reduction(h, uniform(1), seed: 4)", "t");
    @SuppressWarnings("unchecked")
    List<Object> x = (List<Object>) s.eval("transform(red, [1, -2, 0.5, 3, 0, 1, -1, 2])", "t");
    assertEquals(8, x.size());
    double hx = (Double) s.eval("h([1, -2, 0.5, 3, 0, 1, -1, 2])", "t");
    double hxp = (Double) s.eval("red.net(transform(red, [1, -2, 0.5, 3, 0, 1, -1, 2]))", "t");
    assertEquals(hx, hxp, 1e-12);
    assertEquals("sumrelu", s.eval("red.target", "t"));
    assertEquals(2.0, (Double) s.eval("red.blocks", "t"), 0); // t = 2 blocks of 4×4
  }

  @Test
  void scatterKeepsThePointsAndDrawsFairCoins() {
    Session s = session();
    s.eval("let d = sample(cube(8), 4000, seed: 2, label: h)\nlet sc = scatter(d, seed: 3)", "t");
    // labels in {0, 1}: mean m of 4000 fair coins has stderr 1/(2·√4000) ≈ 0.0079; mse against 0 is the mean
    double m = (Double) s.eval("mse(draw(dense(8 -> 1, act: identity, weights: normal(1e-300)), seed: 1), sc)", "t");
    assertEquals(0.5, m, 4 * 0.5 / Math.sqrt(4000));
    assertEquals(0.0, (Double) s.eval("mse(h, scatter(d, seed: 3)) - mse(h, sc)", "t"), 0, "same seed, same labels");
  }

  @Test
  void kstestAndAuditAreRecords() {
    Session s = session();
    @SuppressWarnings("unchecked")
    Map<String, Object> k = (Map<String, Object>) s.eval("kstest(reduction(h, normal(1), seed: 2))", "t");
    assertEquals(List.of("D", "p", "n"), List.copyOf(k.keySet()));
    assertEquals(32.0, (Double) k.get("n"), 0); // n·k = 8·4 entries of MW
    @SuppressWarnings("unchecked")
    Map<String, Object> a = (Map<String, Object>) s.eval(
        "audit(reduction(h, normal(1), seed: 2), sample(sphere(8), 200, seed: 3, label: h))", "t");
    assertTrue((Double) a.get("labels") <= 1e-12);
    assertEquals(Boolean.TRUE, a.get("within"));
  }

  @Test
  void aNonReductionIsRefusedByName() {
    NnlException e = assertThrows(NnlException.class, () -> session().eval("transform(h, sample(sphere(8), 5, seed: 1, label: h))", "t"));
    assertTrue(e.getMessage().contains("must be a reduction"), e.getMessage());
  }
}
