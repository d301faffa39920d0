package org.nnl.core.measure;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nnl.core.Estimate;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.Sphere;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;

/**
 * Lemmas 2.7 and 2.8 and the depth-2 gap, Monte Carlo against closed forms. ε_σ(n) comes from
 * reference/shadow_eps.csv (mpmath, script shadow_eps.py), not from NNL's Hermite code.
 * Standard errors are over independent networks (each network's points share its weights).
 */
class ShadowLemmasTest {
  static final Map<String, Double> EPS = new HashMap<>();

  @BeforeAll
  static void readReference() throws IOException {
    try (InputStream in = ShadowLemmasTest.class.getResourceAsStream("/reference/shadow_eps.csv")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).toList();
      for (String l : lines) {
        String[] f = l.split(",");
        EPS.put(f[0] + "," + f[1], Double.parseDouble(f[2]));
      }
    }
  }

  static double eps(String act, int n) {
    return EPS.get(act + "," + n);
  }

  /** Per network: the mean over its points of ‖Ψ^1 − Ψ^1_n‖² (normalized), Ψ^1 = σ(W^1 x). */
  static Estimate hiddenSquaredGap(Activation sigma, int n, int k, int width, int m, long seed) {
    Dense a = new Dense(sigma, 32, width, 1);
    double[] perNet = new double[k];
    for (int t = 0; t < k; t++) {
      DenseNetwork net = a.draw(seed * 1000 + t);
      Mat x = new Sphere(32).sample(m, seed * 1000 + t);
      Mat p = net.layers(x).get(1);
      Mat q = net.shadow(n).layers(x).get(1);
      double s = 0;
      for (int i = 0; i < p.data.length; i++) s += (p.data[i] - q.data[i]) * (p.data[i] - q.data[i]);
      perNet[t] = s / p.data.length;
    }
    return Estimate.of(perNet);
  }

  @Test
  void lemma27IdentityHoldsWithinThreeStandardErrors() {
    String[][] cases = {{"relu", "2"}, {"relu", "4"}, {"tanh", "3"}, {"tanh", "5"}, {"erf", "3"}, {"erf", "5"}};
    for (int i = 0; i < cases.length; i++) {
      String[] c = cases[i];
      int n = Integer.parseInt(c[1]);
      Estimate e = hiddenSquaredGap(Activations.builtin(c[0]), n, 200, 256, 20, i + 1);
      double exact = 2 * (1 - Math.sqrt(1 - eps(c[0], n)));
      double z = (e.mean() - exact) / e.stderr();
      System.out.printf("Lemma 2.7 %s n=%d: measured %.6g ± %.2g, exact %.6g, residual %.2f SE%n",
          c[0], n, e.mean(), e.stderr(), exact, z);
      assertTrue(Math.abs(z) < 3, c[0] + " n=" + n + ": " + e + " vs " + exact);
    }
  }

  /**
   * Lemma 2.8 as the induction uses it (the Lipschitz step): for Xavier W and any x, y,
   * E_W ‖σ(Wx) − σ(Wy)‖² ≤ L²‖x − y‖², since (Wx − Wy)_k ~ N(0, ‖x − y‖²).
   */
  @Test
  void lemma28LipschitzStepHolds() {
    for (String name : new String[] {"relu", "tanh", "erf"}) {
      Activation sigma = Activations.builtin(name);
      Dense a = new Dense(sigma, 16, 512, 1);
      Mat x = new Sphere(16).sample(2, 7);
      Mat y = new Mat(2, 16);
      for (int j = 0; j < 16; j++) {
        y.data[j] = x.data[j];
        y.data[16 + j] = x.data[j] + 0.3 * x.data[16 + j];
      }
      double dist2 = 0;
      for (int j = 0; j < 16; j++) dist2 += Math.pow(y.data[16 + j] - y.data[j], 2) / 16;
      double[] perNet = new double[40];
      for (int t = 0; t < perNet.length; t++) {
        Mat psi = a.draw(t).layers(y).get(1);
        double s = 0;
        for (int k = 0; k < 512; k++) s += Math.pow(psi.get(0, k) - psi.get(1, k), 2);
        perNet[t] = s / 512;
      }
      Estimate e = Estimate.of(perNet);
      double l = sigma.lipschitz();
      double bound = l * l * dist2;
      System.out.printf("Lemma 2.8 %s: E‖σ(Wx) − σ(Wy)‖² = %.5g ± %.2g ≤ L²‖x − y‖² = %.5g%n", name, e.mean(), e.stderr(), bound);
      assertTrue(e.mean() <= bound + 3 * e.stderr(), name + ": " + e + " > " + bound);
      assertTrue(e.mean() > 0.1 * bound, name + ": the inequality is not vacuous here");
    }
  }

  /**
   * Depth 2: Φ² − Φ²_n = W²(Ψ¹ − Ψ¹_n) with one output is N(0, s²) given W¹, s² = ‖Ψ¹ − Ψ¹_n‖²,
   * and s concentrates at √(2(1 − √(1 − ε))) for wide layers, so the gap is
   * √(2/π)·√(2(1 − √(1 − ε))) up to O(1/width); and it stays below Theorem 2.3's bound.
   */
  @Test
  void depthTwoGapMatchesLemma27AndStaysBelowTheBound() {
    for (String[] c : new String[][] {{"relu", "4"}, {"erf", "3"}}) {
      int n = Integer.parseInt(c[1]);
      Dense a = new Dense(Activations.builtin(c[0]), 32, 512, 1);
      GapEstimate g = ShadowGap.gap(a, new Sphere(32), n, 100, 20, 3);
      double expected = Math.sqrt(2 / Math.PI) * Math.sqrt(2 * (1 - Math.sqrt(1 - eps(c[0], n))));
      System.out.printf("Depth-2 gap %s n=%d: %s, expected %.5g (%.2f SE), bound %.4g%n",
          c[0], n, g, expected, (g.mean() - expected) / g.stderr(), g.bound());
      assertEquals(expected, g.mean(), 3 * g.stderr() + 0.01 * expected);
      assertTrue(g.mean() + 3 * g.stderr() < g.bound());
    }
  }

  @Test
  void depthThreeGapStaysBelowTheBound() {
    Dense a = new Dense(Activations.builtin("erf"), 16, 256, 256, 1);
    GapEstimate g = ShadowGap.gap(a, new Sphere(16), 3, 30, 50, 4);
    System.out.printf("Depth-3 gap erf n=3 widths 256: %s, median %.4g, max %.4g, bound %.4g%n",
        g, g.median(), g.max(), g.bound());
    assertFalse(g.heavyTailed(), g.warning());
    assertTrue(g.mean() + 3 * g.stderr() < g.bound());
  }
}
