package org.nnl.core.measure;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Rng;
import org.nnl.core.act.Activations;
import org.nnl.core.net.Dense;
import org.nnl.core.net.WeightLaw;

/** limit(arch, n) against mpmath (reference/theory.csv), Lemma 2.7's depth-2 identity, and Monte Carlo at width 1024. */
class LimitTest {
  static Dense arch(String act, int depth, int outputs, int width) {
    int[] w = new int[depth + 1];
    w[0] = 32;
    for (int j = 1; j < depth; j++) w[j] = width;
    w[depth] = outputs;
    return new Dense(w, Activations.builtin(act), WeightLaw.xavier());
  }

  @Test
  void cmMatchesTheGammaRatio() {
    for (TheoryReference r : TheoryReference.of("cm")) {
      assertEquals(r.value(), Limit.cm(r.outputs()), 1e-14 * r.value(), "c_" + r.outputs());
    }
    assertEquals(Math.sqrt(2 / Math.PI), Limit.cm(1), 1e-16);
    // Far past the recursion's range the asymptotic series: c_m = 1 − 1/(4m) + O(m⁻²).
    assertEquals(1 - 1 / (4.0 * 1e6), Limit.cm(1_000_000), 1e-12);
  }

  @Test
  void limitMatchesTheHighPrecisionRecursion() {
    int checked = 0;
    for (TheoryReference r : TheoryReference.of("limit")) {
      double v = Limit.of(arch(r.activation(), r.depth(), r.outputs(), 8), r.n());
      assertEquals(r.value(), v, 1e-11 * r.value(), r.toString());
      checked++;
    }
    assertEquals(3 * 3 * 2 * 8, checked);
  }

  @Test
  void depthTwoIsLemma27sIdentity() {
    for (String act : new String[] {"relu", "tanh", "erf", "gelu", "softplus"}) {
      for (int n = 1; n <= 6; n++) {
        double eps = org.nnl.core.hermite.Hermite.eps(Activations.builtin(act), n);
        double exact = Math.sqrt(2) * Math.sqrt(eps / (1 + Math.sqrt(1 - eps))); // √(2 − 2√(1 − ε)) without cancellation
        assertEquals(Limit.cm(1) * exact, Limit.of(arch(act, 2, 1, 8), n), 1e-14, act + " n=" + n);
        assertEquals(Limit.cm(5) * exact, Limit.of(arch(act, 2, 5, 8), n), 1e-14, act + " n=" + n);
      }
    }
    assertEquals(0.0, Limit.of(arch("relu", 1, 3, 8), 2));
  }

  @Test
  void refusesWhatTheLimitDoesNotCover() {
    Dense normal = new Dense(new int[] {8, 8, 1}, Activations.builtin("relu"), WeightLaw.normal(1));
    var e = assertThrows(InvalidRequestException.class, () -> Limit.of(normal, 3));
    assertTrue(e.getMessage().contains("Xavier"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> Limit.of(arch("erf", 3, 1, 8), 0));
    assertTrue(e.getMessage().contains("zero"), e.getMessage());
    Dense raw = new Dense(new int[] {8, 8, 1}, Activations.raw(Activations.builtin("relu")), WeightLaw.xavier());
    e = assertThrows(InvalidRequestException.class, () -> Limit.of(raw, 3));
    assertTrue(e.getMessage().contains("normalized"), e.getMessage());
  }

  /**
   * Depth 3, width 1024, one output: E (Φ³ − Φ^{3,n})² per network against 2 − 2r_3, r_3 from the
   * recursion. At finite width the second moment differs from its limit by O(1/width); for these
   * light-tailed cases that is far below the Monte Carlo error here (so 3 SE is the test).
   */
  @Test
  void depthThreeLimitMatchesMonteCarloAtWidth1024() {
    Object[][] cases = {{"relu", 2}, {"tanh", 3}};
    for (Object[] c : cases) {
      Dense a = arch((String) c[0], 3, 1, 1024);
      int n = (Integer) c[1];
      int k = 6, m = 150;
      double[] perNet = new double[k];
      for (int t = 0; t < k; t++) {
        var net = a.draw(Rng.stream(77, 0, t).nextLong());
        ImportanceGap.Draws d = plainDraws(net, n, m, 77 + t);
        double s = 0;
        for (double g : d.gaps()) s += g * g;
        perNet[t] = s / m;
      }
      Estimate e = Estimate.of(perNet);
      double limit = Limit.secondMoment(a, n);
      double z = (e.mean() - limit) / e.stderr();
      System.out.printf("Depth-3 limit %s n=%d width 1024: E gap² = %.5g ± %.2g, 2 − 2r_3 = %.5g (%.2f SE)%n",
          c[0], n, e.mean(), e.stderr(), limit, z);
      assertTrue(Math.abs(z) < 3, c[0] + ": " + e + " vs " + limit);
    }
  }

  /** Plain draws of the first layer (z ~ N(0, I)) through the network and its shadow. */
  static ImportanceGap.Draws plainDraws(org.nnl.core.net.DenseNetwork net, int n, int m, long seed) {
    var x = new org.nnl.core.dist.Sphere(net.inputDim()).sample(m, seed);
    double[] g = Gap.pointGaps(net.predict(x), net.shadow(n).predict(x));
    return new ImportanceGap.Draws(g, null);
  }
}
