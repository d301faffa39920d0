package org.nnl.core.measure;

import java.util.SplittableRandom;
import org.nnl.core.act.Activation;
import org.nnl.core.dist.Cube;
import org.nnl.core.dist.Distribution;
import org.nnl.core.dist.Gaussians;
import org.nnl.core.dist.Sphere;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;

/**
 * Theorem 2.3's left side by importance sampling of the first layer. For Xavier W^1 and any
 * x with ‖x‖² = d_0 (every point of the sphere and of the cube) z = W^1 x is exactly N(0, I_{d_1}),
 * independent of W^2..W^i; so E_W E_x g = E_{W^2..W^i} E_z g(z), g(z) the normalized
 * ‖Φ^i − Φ^{i,n}‖ computed from Ψ^1 = σ(z) and σ_n(z). z is drawn from the defensive mixture
 * q = (1 − β)·p + β·(1/d_1)·Σ_J p_J, p = N(0, I), p_J = N(0, I) but with coordinate J from
 * N(0, s²); its weight is exact: w(z) = p/q = 1 / ((1 − β) + (β/d_1)·Σ_j (1/s)·e^{z_j²(1 − 1/s²)/2}),
 * 0 &lt; w ≤ 1/(1 − β). The estimator mean(w·g) is unbiased and its standard error (over
 * networks) counts the tail, which q visits at rate β instead of d_1·P(|Z| &gt; t).
 */
final class ImportanceGap {
  private ImportanceGap() {}

  /** The mixture's probability of a tilted coordinate. */
  static final double BETA = 0.5;

  /** The point gaps of one network and their weights. */
  record Draws(double[] gaps, double[] weights) {}

  /** Whether every point of {@code dist} has ‖x‖² = d (so that W^1 x is exactly N(0, I) under Xavier weights). */
  static boolean onSphere(Distribution dist) {
    return dist instanceof Sphere || dist instanceof Cube;
  }

  /**
   * s = clamp(√(n^{i−1})/2, 2, 16): the mean of a depth-i shadow error grows like a polynomial
   * of degree ≈ n^{i−1} in one large z, e^{−z²/2}·z^{n^{i−1}} peaks at z ≈ √(n^{i−1}) = 2s.
   */
  static double scale(Dense arch, int n) {
    double peak = Math.sqrt(Math.pow(Math.max(n, 1), arch.depth() - 1));
    return Math.max(2, Math.min(16, peak / 2));
  }

  /** m draws of z from q with stream {@code rng}, pushed through {@code net} and its shadow of degree n. */
  static Draws draw(DenseNetwork net, Activation sigmaN, int m, double s, SplittableRandom rng) {
    Dense arch = net.architecture();
    int d1 = arch.width(1);
    Mat z = new Mat(m, d1);
    double[] w = new double[m];
    double c = 0.5 * (1 - 1 / (s * s));
    for (int p = 0; p < m; p++) {
      int off = p * d1;
      for (int j = 0; j < d1; j++) z.data[off + j] = Gaussians.next(rng);
      if (rng.nextDouble() < BETA) z.data[off + rng.nextInt(d1)] = s * Gaussians.next(rng);
      double ratio = 0;
      for (int j = 0; j < d1; j++) ratio += Math.exp(c * z.data[off + j] * z.data[off + j]);
      w[p] = 1 / ((1 - BETA) + BETA * ratio / (d1 * s));
    }
    Mat a = z.copy();
    Mat b = z;
    arch.activation().applyInPlace(a.data, 0, a.data.length);
    sigmaN.applyInPlace(b.data, 0, b.data.length);
    for (int j = 2; j <= arch.depth(); j++) {
      Mat wj = net.weights().get(j - 1);
      a = Linalg.multTransB(a, wj);
      b = Linalg.multTransB(b, wj);
      if (j < arch.depth()) {
        arch.activation().applyInPlace(a.data, 0, a.data.length);
        sigmaN.applyInPlace(b.data, 0, b.data.length);
      }
    }
    double[] g = Gap.pointGaps(a, b);
    // A weight of 0 (an overflowed ratio) carries no probability, whatever its gap.
    for (int p = 0; p < m; p++) if (w[p] == 0) g[p] = 0;
    return new Draws(g, w);
  }
}
