package org.nnl.core.hardness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.nnl.core.dist.Gaussians;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.WeightLaw;

/**
 * MW against each law at the level α = 0.01 over 20 fixed seeds: under the law the p-values
 * are U(0, 1), so at most 2 of 20 rejections (P(≥ 3) = 0.001 for Binomial(20, 0.01)); wrong
 * laws (negative controls) are rejected with p < 1e-6.
 */
class LawFitTest {
  static final double ALPHA = 0.01;

  static Reduction red(WeightLaw law, long seed, String target) {
    return Reduction.of(ReductionTest.sign(64, 8, 1), law, seed, target);
  }

  @Test
  void mwPassesItsOwnLaw() {
    WeightLaw[] laws = {WeightLaw.normal(0.7), WeightLaw.uniform(0.5), WeightLaw.bernoulli(1), WeightLaw.spherecols(2), WeightLaw.xavier()};
    for (WeightLaw law : laws) {
      int rejected = 0;
      for (long s = 0; s < 20; s++) {
        KsTest t = LawFit.test(red(law, s, "sumrelu"), law);
        assertTrue(t.n() >= 448, law + ": " + t); // 64·8 entries; spherecols: 8 columns × (32 angles + 31 radii)
        if (t.p() < ALPHA) rejected++;
      }
      assertTrue(rejected <= 2, law + ": " + rejected + " of 20 rejected");
    }
  }

  @Test
  void wrongLawsAreRejected() {
    assertTrue(LawFit.test(red(WeightLaw.normal(1), 1, "sumrelu"), WeightLaw.normal(2)).p() < 1e-6);
    assertTrue(LawFit.test(red(WeightLaw.normal(1), 1, "sumrelu"), WeightLaw.uniform(1)).p() < 1e-6);
    assertEquals(0.0, LawFit.test(red(WeightLaw.bernoulli(1), 1, "sumrelu"), WeightLaw.bernoulli(0.5)).p());
    assertEquals(0.0, LawFit.test(red(WeightLaw.spherecols(1), 1, "sumrelu"), WeightLaw.spherecols(2)).p());
    assertEquals(0.0, LawFit.test(red(WeightLaw.normal(1), 1, "sumrelu"), WeightLaw.bernoulli(1)).p());
  }

  @Test
  void sphereDirectionsThatAreNotUniformAreRejected() {
    // unit columns with all coordinates positive: the angles sit in [½, ¾)
    SplittableRandom rng = new SplittableRandom(3);
    Mat f = new Mat(8, 64);
    for (int j = 0; j < 8; j++) {
      double ss = 0;
      for (int i = 0; i < 64; i++) {
        double g = Math.abs(Gaussians.next(rng));
        f.set(j, i, g);
        ss += g * g;
      }
      for (int i = 0; i < 64; i++) f.set(j, i, f.get(j, i) / Math.sqrt(ss));
    }
    double[] u = LawFit.sphereUniforms(f, 1);
    assertEquals(8 * 63, u.length);
    double d = Kolmogorov.statistic(u);
    assertTrue(Kolmogorov.pValue(u.length, d) < 1e-6);
  }

  @Test
  void theScriptsValuesAgreeWithScipyAndAPythonRedrawOfM() throws java.io.IOException {
    // reference/hardness/script.csv: what scripts/hardness-reduction.nnl prints, at full precision
    for (String[] row : Reference.rows("script.csv", true)) {
      String name = row[0];
      boolean control = name.equals("script-normal-vs-normal2");
      Object[] c = ReductionTest.named(control ? "script-normal" : name);
      Reduction r = ReductionTest.reference(c);
      if (!row[1].isEmpty()) assertEquals(Double.parseDouble(row[1]), r.smin(), 1e-12 * r.smin(), name);
      if (!row[2].isEmpty()) assertEquals(Integer.parseInt(row[2]), r.draws(), name);
      if (row.length > 3 && !row[3].isEmpty()) {
        KsTest t = LawFit.test(r, control ? WeightLaw.normal(2) : (WeightLaw) c[3]);
        assertEquals(Double.parseDouble(row[3]), t.statistic(), 1e-12, name + " D");
        assertEquals(Double.parseDouble(row[4]), t.p(), 1e-9 * t.p(), name + " p");
      }
    }
  }

  @Test
  void theConvTargetTestsTheNaturalFilter() {
    KsTest t = LawFit.test(red(WeightLaw.normal(1), 4, "conv"), WeightLaw.normal(1));
    assertEquals(8, t.n());
    assertTrue(t.toString().contains("the natural filter"), t.toString());
  }
}
