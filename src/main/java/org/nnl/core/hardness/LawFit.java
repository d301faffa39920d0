package org.nnl.core.hardness;

import java.util.SplittableRandom;
import org.nnl.core.Rng;
import org.nnl.core.act.SpecialFunctions;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.WeightLaw;

/**
 * Goodness of fit of the natural network's weights MW against a weight law, by a
 * Kolmogorov–Smirnov test of values that are i.i.d. U(0, 1) exactly when the law holds:
 * <ul>
 * <li>normal(σ): u = Φ(e/σ) for every entry e; uniform(r): u = (e + r)/(2r) (an entry outside
 *     [−r, r] fails);</li>
 * <li>bernoulli(r): the randomized probability integral transform u = ½·v (e = −r) or
 *     ½ + ½·v (e = r), v ~ U(0, 1) from the reduction's seed; an entry other than ±r fails;</li>
 * <li>spherecols(r), one column c ∈ R^L at a time (a column of MW, or the natural filter):
 *     every ‖c‖ must be r (to 1e-9); then for the pairs (c_{2i−1}, c_{2i}) the angles
 *     atan2(c_{2i}, c_{2i−1})/(2π) + ½ are i.i.d. uniform, and independent of the pair radii
 *     ρ_i = (c²_{2i−1} + c²_{2i})/r², which are Dirichlet(1, …, 1) for L even — so their partial
 *     sums ρ_1, ρ_1 + ρ_2, …, (L/2 − 1 of them) are the order statistics of L/2 − 1 uniforms;
 *     for L odd ρ_1 ~ Beta(1, (L − 2)/2) and u = 1 − (1 − ρ_1)^{(L−2)/2}.</li>
 * </ul>
 * xavier is tested as normal(1/√fan-in), the law MW was drawn from.
 */
public final class LawFit {
  private static final long TAG = 14;

  private LawFit() {}

  /** The test of {@code red}'s MW against {@code law}. */
  public static KsTest test(Reduction red, WeightLaw law) {
    boolean conv = red.isConv();
    Mat f = red.naturalFilters();
    if (law.isXavier()) law = WeightLaw.normal(1 / Math.sqrt(f.cols));
    double r = law.param();
    int count = f.data.length;
    double[] u;
    switch (law.family()) {
      case "normal" -> {
        u = new double[count];
        for (int i = 0; i < count; i++) u[i] = SpecialFunctions.normalCdf(f.data[i] / r);
      }
      case "uniform" -> {
        u = new double[count];
        for (int i = 0; i < count; i++) {
          if (Math.abs(f.data[i]) > r) return KsTest.impossible(count, law, "an entry " + f.data[i] + " is outside [−" + r + ", " + r + "]");
          u[i] = (f.data[i] + r) / (2 * r);
        }
      }
      case "bernoulli" -> {
        u = new double[count];
        SplittableRandom rng = Rng.stream(red.seed(), TAG);
        for (int i = 0; i < count; i++) {
          double v = rng.nextDouble();
          if (f.data[i] == r) u[i] = 0.5 + 0.5 * v;
          else if (f.data[i] == -r) u[i] = 0.5 * v;
          else return KsTest.impossible(count, law, "an entry " + f.data[i] + " is not ±" + r);
        }
      }
      case "spherecols" -> {
        u = sphereUniforms(f, r);
        if (u == null) return KsTest.impossible(count, law, "a column's norm is not " + r);
      }
      default -> throw new IllegalStateException(law.toString());
    }
    double d = Kolmogorov.statistic(u);
    return new KsTest(d, Kolmogorov.pValue(u.length, d), u.length, law.toString(), conv ? "the natural filter" : "the entries of MW");
  }

  /** The uniforms of the columns (rows of f), or null when a norm is not r. */
  static double[] sphereUniforms(Mat f, double r) {
    int len = f.cols;
    int perColumn = len / 2 + (len % 2 == 0 ? Math.max(0, len / 2 - 1) : 1);
    if (len == 1) perColumn = 0;
    double[] u = new double[f.rows * perColumn];
    int at = 0;
    for (int j = 0; j < f.rows; j++) {
      int o = j * len;
      double ss = 0;
      for (int i = 0; i < len; i++) ss += f.data[o + i] * f.data[o + i];
      if (Math.abs(Math.sqrt(ss) - r) > 1e-9 * r) return null;
      for (int i = 0; i + 1 < len; i += 2) u[at++] = Math.atan2(f.data[o + i + 1], f.data[o + i]) / (2 * Math.PI) + 0.5;
      if (len % 2 == 0) {
        double cum = 0;
        for (int q = 0; q < len / 2 - 1; q++) {
          cum += (f.data[o + 2 * q] * f.data[o + 2 * q] + f.data[o + 2 * q + 1] * f.data[o + 2 * q + 1]) / ss;
          u[at++] = cum;
        }
      } else if (len >= 3) {
        double rho = (f.data[o] * f.data[o] + f.data[o + 1] * f.data[o + 1]) / ss;
        u[at++] = 1 - Math.pow(1 - rho, (len - 2) / 2.0);
      }
    }
    return at == u.length ? u : java.util.Arrays.copyOf(u, at);
  }
}
