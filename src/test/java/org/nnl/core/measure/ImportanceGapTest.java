package org.nnl.core.measure;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Rng;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.Cube;
import org.nnl.core.dist.Gaussian;
import org.nnl.core.dist.Sphere;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;
import org.nnl.core.net.WeightLaw;

/**
 * The importance sampler of the first layer: unbiased where the answer is exact, in agreement
 * with plain Monte Carlo where tails are light (no false alarm), and alarmed where they are heavy.
 * The exact values come from reference/theory.csv (mpmath), not from NNL's Hermite code.
 */
class ImportanceGapTest {
  /** 2 − 2√(1 − ε_σ(n)) = (limit/c_1)² of the depth-2, one-output rows of theory.csv. */
  static double exactDepthTwo(String act, int n) {
    double c1 = TheoryReference.of("cm").stream().filter(r -> r.outputs() == 1).findFirst().orElseThrow().value();
    double limit = TheoryReference.of("limit").stream()
        .filter(r -> r.activation().equals(act) && r.depth() == 2 && r.outputs() == 1 && r.n() == n)
        .findFirst().orElseThrow().value();
    return (limit / c1) * (limit / c1);
  }

  /**
   * Depth 2: Φ² − Φ^{2,n} = W²(σ − σ_n)(z) with z exactly N(0, I), so per output coordinate
   * E(Φ² − Φ^{2,n})_l² = E(σ − σ_n)(Z)² = 2 − 2√(1 − ε_σ(n)) at any width (Lemma 2.7's identity);
   * the weighted mean of the squared normalized gap must hit it within 3 standard errors (over networks).
   */
  @Test
  void weightedSecondMomentIsUnbiasedAtDepthTwo() {
    String[][] cases = {{"relu", "2"}, {"relu", "4"}, {"tanh", "3"}, {"erf", "5"}, {"tanh", "8"}};
    for (int i = 0; i < cases.length; i++) {
      String act = cases[i][0];
      int n = Integer.parseInt(cases[i][1]);
      Dense a = new Dense(new int[] {32, 256, 4}, Activations.builtin(act), WeightLaw.xavier());
      int k = 40, m = 200;
      double[] perNet = new double[k];
      double weightSum = 0;
      for (int t = 0; t < k; t++) {
        DenseNetwork net = a.draw(Rng.stream(i, 0, t).nextLong());
        ImportanceGap.Draws d = ImportanceGap.draw(net, a.truncated(n), m, 3.0, Rng.stream(i, 3, t));
        double s = 0;
        for (int p = 0; p < m; p++) {
          s += d.weights()[p] * d.gaps()[p] * d.gaps()[p];
          weightSum += d.weights()[p];
        }
        perNet[t] = s / m;
      }
      Estimate e = Estimate.of(perNet);
      double exact = exactDepthTwo(act, n);
      double z = (e.mean() - exact) / e.stderr();
      System.out.printf("Importance sampling, depth 2, %s n=%d: E gap² = %.6g ± %.2g, exact %.6g (%.2f SE), mean weight %.4f%n",
          act, n, e.mean(), e.stderr(), exact, z, weightSum / (k * m));
      assertTrue(Math.abs(z) < 3, act + " n=" + n + ": " + e + " vs " + exact);
    }
  }

  /** E_q w = 1 exactly: the mean weight over many draws within 3 standard errors of 1. */
  @Test
  void weightsAverageToOne() {
    Dense a = new Dense(new int[] {8, 64, 1}, Activations.builtin("relu"), WeightLaw.xavier());
    DenseNetwork net = a.draw(1);
    ImportanceGap.Draws d = ImportanceGap.draw(net, a.truncated(2), 20000, 4.0, Rng.stream(5));
    Estimate w = Estimate.of(d.weights());
    assertEquals(1.0, w.mean(), 3 * w.stderr());
    for (double v : d.weights()) assertTrue(v > 0 && v <= 1 / (1 - ImportanceGap.BETA) + 1e-12);
  }

  /**
   * Light tails at depth 3, width 512 (relu and tanh, n ≤ 4): the importance-sampled mean and
   * median agree with plain Monte Carlo on the same networks within 3 standard errors (for the
   * median, 1.2533·SE of the mean: the normal-theory ratio, over networks, so conservative), and
   * neither warns.
   */
  @Test
  void noFalseAlarmOnLightTails() {
    Object[][] cases = {{"relu", 4}, {"relu", 2}, {"tanh", 4}, {"tanh", 2}};
    for (Object[] c : cases) {
      Dense a = new Dense(new int[] {32, 512, 512, 4}, Activations.builtin((String) c[0]), WeightLaw.xavier());
      int n = (Integer) c[1];
      GapEstimate is = ShadowGap.gap(a, new Sphere(32), n, 6, 150, 21, ShadowGap.Sampler.IMPORTANCE);
      GapEstimate plain = ShadowGap.gap(a, new Sphere(32), n, 6, 150, 21, ShadowGap.Sampler.PLAIN);
      double se = Math.hypot(is.stderr(), plain.stderr());
      System.out.printf("Light tail %s n=%d: importance %s (median %.4g, tail %.3g), plain %s (median %.4g, tail %.3g)%n",
          c[0], n, is, is.median(), is.tail(), plain, plain.median(), plain.tail());
      assertEquals(plain.mean(), is.mean(), 3 * se, c[0] + " n=" + n);
      assertEquals(plain.median(), is.median(), 3 * 1.2533 * se, c[0] + " n=" + n);
      assertFalse(is.heavyTailed(), is.warning());
      assertFalse(plain.heavyTailed(), plain.warning());
      assertEquals("importance", is.sampler());
      assertEquals("plain", plain.sampler());
      assertTrue(is.tail() > 0.1 && plain.tail() > 0.1);
    }
  }

  /**
   * The case scaled down (width 256, relu, n = 8, depth 3): plain Monte Carlo sees only
   * typical points, the importance sampler sees the tail that carries the mean, warns, and its
   * mean exceeds the plain one by many of its own standard errors while the medians agree.
   */
  @Test
  void heavyTailIsFoundAndReported() {
    Dense a = new Dense(new int[] {32, 256, 256, 4}, Activations.builtin("relu"), WeightLaw.xavier());
    GapEstimate is = ShadowGap.gap(a, new Cube(32), 8, 6, 150, 3);
    GapEstimate plain = ShadowGap.gap(a, new Cube(32), 8, 6, 150, 3, ShadowGap.Sampler.PLAIN);
    System.out.printf("Heavy tail: importance %s (median %.4g, tail %.3g), plain %s (median %.4g)%n",
        is, is.median(), is.tail(), plain, plain.median());
    assertTrue(is.heavyTailed());
    assertTrue(is.warning().contains("heavy-tailed") && is.warning().contains("median"), is.warning());
    assertTrue(is.tail() < 0.01 && is.topShare() > 0.5);
    assertTrue(is.mean() - 3 * is.stderr() > plain.mean() + 3 * plain.stderr(), is + " vs " + plain);
    assertEquals(plain.median(), is.median(), 0.1 * plain.median());
  }

  /** Depth 4, n = 8, width 64: σ_8 compounded three times overflows the doubles; said so, never a silent NaN. */
  @Test
  void overflowIsReportedNotHidden() {
    Dense a = new Dense(new int[] {32, 64, 64, 64, 16}, Activations.builtin("relu"), WeightLaw.xavier());
    GapEstimate g = ShadowGap.gap(a, new Sphere(32), 8, 4, 100, 3);
    assertEquals(Double.POSITIVE_INFINITY, g.mean());
    assertTrue(g.heavyTailed() && g.warning().contains("overflowed"), g.warning());
    assertTrue(Double.isFinite(g.median()) && g.median() > 0 && g.median() < 1, "median " + g.median());
    assertEquals(0.0, g.tail());
  }

  @Test
  void choosesTheSamplerByWhereItIsExact() {
    Dense a = new Dense(new int[] {8, 16, 1}, Activations.builtin("relu"), WeightLaw.xavier());
    assertEquals("importance", ShadowGap.gap(a, new Sphere(8), 2, 2, 50, 1).sampler());
    assertEquals("importance", ShadowGap.gap(a, new Cube(8), 2, 2, 50, 1).sampler());
    assertEquals("plain", ShadowGap.gap(a, new Gaussian(8), 2, 2, 50, 1).sampler());
    Dense normal = new Dense(new int[] {8, 16, 1}, Activations.builtin("relu"), WeightLaw.normal(1));
    assertEquals("plain", ShadowGap.gap(normal, new Sphere(8), 2, 2, 50, 1).sampler());
    var e = assertThrows(InvalidRequestException.class,
        () -> ShadowGap.gap(a, new Gaussian(8), 2, 2, 50, 1, ShadowGap.Sampler.IMPORTANCE));
    assertTrue(e.getMessage().contains("sphere or cube"), e.getMessage());
  }

  /**
   * The standard error is honest under the tail: over 16 independent seeds (relu, n = 8, depth 3,
   * width 128, where the mean is carried by probability ~1e-15), the spread of the estimates
   * matches the root-mean-square of the reported standard errors within a factor 2 (with 15
   * degrees of freedom a normal spread leaves that band with probability below 0.5%).
   */
  @Test
  void standardErrorMatchesTheSpreadOverSeeds() {
    Dense a = new Dense(new int[] {32, 128, 128, 16}, Activations.builtin("relu"), WeightLaw.xavier());
    int reps = 16;
    double[] means = new double[reps];
    double se2 = 0;
    for (int r = 0; r < reps; r++) {
      GapEstimate g = ShadowGap.gap(a, new Sphere(32), 8, 6, 100, 1000 + r);
      assertTrue(g.heavyTailed());
      means[r] = g.mean();
      se2 += g.stderr() * g.stderr() / reps;
    }
    Estimate spread = Estimate.of(means);
    double sd = spread.stderr() * Math.sqrt(reps);
    double ratio = sd / Math.sqrt(se2);
    System.out.printf("Importance sampling, relu n=8 width 128: spread of %d estimates %.3g, rms reported SE %.3g (ratio %.2f)%n",
        reps, sd, Math.sqrt(se2), ratio);
    assertTrue(ratio > 0.5 && ratio < 2, "ratio " + ratio);
  }

  /** The tail shares of weighted samples: mass 1% at the top, and the mass carrying half the mean. */
  @Test
  void tailSharesFollowTheWeights() {
    // 99 points of gap 1 with weight 1, one point of gap 1000 with weight 0.01:
    // Σw = 99.01, Σwg = 109; the top point holds mass 0.01/99.01 ≈ 1.01e-4 and share 10/109.
    double[] g = new double[100];
    double[] w = new double[100];
    java.util.Arrays.fill(g, 1);
    java.util.Arrays.fill(w, 1);
    g[99] = 1000;
    w[99] = 0.01;
    double[] s = GapEstimate.tailShares(g, w, 99.01, 109);
    double topMass = 0.01 / 99.01;
    double expectedTop = 10 / 109.0 + (0.01 - topMass) * 99.01 / 109.0;
    assertEquals(expectedTop, s[0], 1e-12);
    // half of 109 = 54.5: the top point gives 10, then 44.5 units of gap-1 points, each of mass 1/99.01.
    assertEquals(topMass + 44.5 / 99.01, s[1], 1e-12);
  }
}
