package org.nnl.core.hardness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.Gaussians;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Conv;
import org.nnl.core.net.Dense;
import org.nnl.core.net.Network;
import org.nnl.core.net.SumRelu;
import org.nnl.core.net.WeightLaw;

/** The reduction's exact identities, its M against numpy, redraws and refusals. */
class ReductionTest {
  static Network sign(int n, int t, long seed) {
    return new Conv(n, t, WeightLaw.bernoulli(1), "sum").draw(seed);
  }

  /** W ∈ R^{n×k}: column j is w on patch j. */
  static Mat w(Reduction r) {
    int n = r.sign().inputDim(), t = r.blocks(), k = n / t;
    double[] f = ((org.nnl.core.net.PooledNetwork) r.sign()).weights().data;
    Mat w = new Mat(n, k);
    for (int j = 0; j < k; j++) for (int q = 0; q < t; q++) w.set(j * t + q, j, f[q]);
    return w;
  }

  static Mat points(int rows, int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    Mat x = new Mat(rows, n);
    for (int i = 0; i < x.data.length; i++) x.data[i] = Gaussians.next(rng);
    return x;
  }

  /** The cases of reference/hardness/DumpMatrices.java: name, n, t, law, target, seed of h, seed of M. */
  static final Object[][] CASES = {
    {"normal-12-3", 12, 3, WeightLaw.normal(1), "sumrelu", 5L, 7L},
    {"bernoulli-16-4", 16, 4, WeightLaw.bernoulli(1), "sumrelu", 5L, 7L},
    {"spherecols-12-4", 12, 4, WeightLaw.spherecols(1), "sumrelu", 5L, 7L},
    {"uniform-12-4-conv", 12, 4, WeightLaw.uniform(0.5), "conv", 5L, 7L},
    {"script-normal", 16, 4, WeightLaw.normal(1), "sumrelu", 1L, 3L},
    {"script-uniform", 16, 4, WeightLaw.uniform(1), "sumrelu", 1L, 3L},
    {"script-bernoulli", 16, 4, WeightLaw.bernoulli(1), "sumrelu", 1L, 3L},
    {"script-spherecols", 16, 4, WeightLaw.spherecols(1), "sumrelu", 1L, 3L},
    {"script-conv-normal", 16, 4, WeightLaw.normal(1), "conv", 1L, 3L},
    {"script-conv-uniform", 16, 4, WeightLaw.uniform(1), "conv", 1L, 3L},
    {"script-conv-bernoulli", 16, 4, WeightLaw.bernoulli(1), "conv", 1L, 3L},
  };

  static Reduction reference(Object[] c) {
    return Reduction.of(sign((int) c[1], (int) c[2], (long) c[5]), (WeightLaw) c[3], (long) c[6], (String) c[4]);
  }

  static Object[] named(String name) {
    for (Object[] c : CASES) if (c[0].equals(name)) return c;
    throw new IllegalArgumentException(name);
  }

  @Test
  void sminAgreesWithNumpysSvdOfTheWholeMatrix() throws IOException {
    List<String[]> smin = Reference.rows("smin.csv", true);
    assertEquals(CASES.length, smin.size());
    for (Object[] c : CASES) {
      Reduction r = reference(c);
      // NNL still draws exactly the stored M and w ...
      double[] w = ((org.nnl.core.net.PooledNetwork) r.sign()).weights().data;
      String[] ws = Reference.rows(c[0] + "-w.csv", false).get(0);
      for (int q = 0; q < w.length; q++) assertEquals(Double.parseDouble(ws[q]), w[q], 0.0, c[0] + " w");
      List<String[]> rows = Reference.rows(c[0] + "-M.csv", false);
      Mat m = r.matrix();
      for (int i = 0; i < m.rows; i++) {
        for (int j = 0; j < m.cols; j++) assertEquals(Double.parseDouble(rows.get(i)[j]), m.get(i, j), 0.0, c[0] + " M");
      }
      // ... and its block-wise s_min is numpy's s_min of the whole n×n matrix
      double want = smin.stream().filter(s -> s[0].equals(c[0])).mapToDouble(s -> Double.parseDouble(s[1])).findFirst().orElseThrow();
      assertEquals(want, r.smin(), 1e-12 * want, (String) c[0]);
    }
  }

  @Test
  void mwIsMTimesWEntryByEntryAndHoldsTheLawsValues() {
    for (Object[] c : CASES) {
      Reduction r = reference(c);
      Mat m = r.matrix(), w = w(r), f = r.naturalFilters();
      int n = m.rows, k = w.cols, t = r.blocks();
      for (int row = 0; row < n; row++) {
        for (int j = 0; j < k; j++) {
          double mw = 0;
          for (int s = 0; s < n; s++) mw += m.get(row, s) * w.get(s, j);
          // (MW)_{(b,p), j} = z^{bj}_p w_p: one nonzero product, so equality is exact
          double natural = r.isConv() ? (row / t == j ? f.data[row % t] : 0) : f.get(j, row);
          assertEquals(mw, natural, 0.0, c[0] + " (MW)_" + row + "," + j);
        }
      }
      // M is diagonal-blocks: M_{(b,p),(j,q)} = 0 unless p = q
      for (int a = 0; a < n; a++) for (int b = 0; b < n; b++) if (a % t != b % t) assertEquals(0.0, m.get(a, b));
    }
    Mat f = reference(named("bernoulli-16-4")).naturalFilters();
    for (double v : f.data) assertEquals(1.0, Math.abs(v), 0.0, "bernoulli(1) entries are ±1");
    Mat fs = reference(named("spherecols-12-4")).naturalFilters();
    for (int j = 0; j < fs.rows; j++) {
      double ss = 0;
      for (int i = 0; i < fs.cols; i++) ss += fs.get(j, i) * fs.get(j, i);
      assertEquals(1.0, Math.sqrt(ss), 1e-14, "spherecols(1) columns have norm 1");
    }
    for (double v : reference(named("uniform-12-4-conv")).naturalFilters().data) assertTrue(Math.abs(v) <= 0.5);
  }

  @Test
  void labelsAgreeAndTheMapInvertsMTransposed() {
    WeightLaw[] laws = {WeightLaw.normal(0.3), WeightLaw.uniform(2), WeightLaw.bernoulli(0.5), WeightLaw.spherecols(3), WeightLaw.xavier()};
    for (String target : new String[] {"sumrelu", "conv"}) {
      for (WeightLaw law : laws) {
        if (target.equals("conv") && law.family().equals("spherecols")) {
          assertThrows(InvalidRequestException.class, () -> Reduction.of(sign(24, 4, 3), law, 11, "conv"));
          continue;
        }
        Reduction r = Reduction.of(sign(24, 4, 3), law, 11, target);
        Mat x = points(300, 24, 2);
        Mat xp = r.map(x);
        Mat h = r.sign().predict(x), hp = r.net().predict(xp);
        for (int i = 0; i < x.rows; i++) assertEquals(h.data[i], hp.data[i], 1e-12, law + " " + target);
        // Mᵀx' = x
        Mat m = r.matrix();
        for (int i = 0; i < x.rows; i++) {
          for (int s = 0; s < 24; s++) {
            double v = 0;
            for (int q = 0; q < 24; q++) v += m.get(q, s) * xp.get(i, q);
            assertEquals(x.get(i, s), v, 1e-12 * (1 + Math.abs(x.get(i, s))));
          }
        }
        Mat y = r.pullback(r.net()).predict(x);
        for (int i = 0; i < x.rows; i++) assertEquals(h.data[i], y.data[i], 1e-12);
      }
    }
  }

  @Test
  void theNaturalNetworkIsASumreluOrAConvWithTheLaw() {
    Reduction r = Reduction.of(sign(16, 4, 1), WeightLaw.normal(1), 2, "sumrelu");
    assertEquals(new SumRelu(16, 4, WeightLaw.normal(1)), r.net().architecture());
    Reduction c = Reduction.of(sign(16, 4, 1), WeightLaw.normal(1), 2, "conv");
    assertEquals(new Conv(16, 4, WeightLaw.normal(1), "sum"), c.net().architecture());
    assertEquals(r.smin(), Reduction.of(sign(16, 4, 1), WeightLaw.normal(1), 2, "sumrelu").smin(), 0.0, "same seed, same M");
    assertNotEquals(r.smin(), Reduction.of(sign(16, 4, 1), WeightLaw.normal(1), 3, "sumrelu").smin());
  }

  @Test
  void singularBernoulliBlocksAreRedrawnAndCounted() {
    // k = 2: a 2×2 sign matrix is singular with probability ½, so each block takes a
    // geometric(½) number of draws: E draws = 2t, Var = 2t (t blocks, variance 2 each)
    int t = 4, reps = 200;
    double sum = 0;
    for (int s = 0; s < reps; s++) {
      Reduction r = Reduction.of(sign(8, t, 1), WeightLaw.bernoulli(1), s, "sumrelu");
      assertTrue(r.draws() >= t);
      // a nonsingular 2×2 sign matrix has singular values √2, √2
      assertEquals(Math.sqrt(2), r.smin(), 1e-12);
      sum += r.draws();
    }
    double mean = sum / reps, se = Math.sqrt(2.0 * t / reps);
    assertEquals(2.0 * t, mean, 4 * se);
    assertEquals(t, Reduction.of(sign(8, t, 1), WeightLaw.normal(1), 1, "sumrelu").draws(), "continuous laws: never singular");
  }

  @Test
  void bernoulliDrawCountsMatchTheSingularProbabilityOfSignMatrices() throws IOException {
    // reference/hardness/singular.csv: P(k×k fair-sign matrix singular) = p_k by enumeration; each
    // block takes a geometric number of draws with success 1 − p_k: mean t/(1 − p_k), variance
    // t·p_k/(1 − p_k)²
    int t = 4, reps = 300;
    for (String[] row : Reference.rows("singular.csv", true)) {
      int k = Integer.parseInt(row[0]);
      if (k < 3) continue;
      double p = Double.parseDouble(row[1]) / Double.parseDouble(row[2]);
      double sum = 0;
      for (int s = 0; s < reps; s++) sum += Reduction.of(sign(k * t, t, 1), WeightLaw.bernoulli(1), s, "sumrelu").draws();
      double mean = sum / reps, se = Math.sqrt(t * p / ((1 - p) * (1 - p)) / reps);
      assertEquals(t / (1 - p), mean, 4 * se, "k = " + k);
    }
  }

  @Test
  void refusesWhatIsNotASignCnn() {
    Network dense = new Dense(new int[] {16, 4, 1}, Activations.builtin("relu"), null).draw(1);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Reduction.of(dense, WeightLaw.normal(1), 1, "sumrelu"));
    assertTrue(e.getMessage().startsWith("reduction needs a sign-CNN: a network drawn from conv(n, patch: t, weights: bernoulli(1)); got"), e.getMessage());
    Network max = new Conv(16, 4, WeightLaw.bernoulli(1), "max").draw(1);
    assertThrows(InvalidRequestException.class, () -> Reduction.of(max, WeightLaw.normal(1), 1, "sumrelu"));
    Network gauss = new Conv(16, 4, WeightLaw.normal(1), "sum").draw(1);
    assertTrue(assertThrows(InvalidRequestException.class, () -> Reduction.of(gauss, WeightLaw.normal(1), 1, "sumrelu"))
        .getMessage().endsWith("got weights: normal(1)."));
    Network sr = new SumRelu(16, 4, WeightLaw.bernoulli(1)).draw(1);
    assertThrows(InvalidRequestException.class, () -> Reduction.of(sr, WeightLaw.normal(1), 1, "sumrelu"));
    assertThrows(InvalidRequestException.class, () -> Reduction.of(sign(16, 4, 1), WeightLaw.normal(1), 1, "dense"));
    Reduction r = Reduction.of(sign(16, 4, 1), WeightLaw.normal(1), 1, "sumrelu");
    assertThrows(InvalidRequestException.class, () -> r.map(new Mat(2, 8)));
  }
}
