package org.nnl.core.dist;

import java.util.SplittableRandom;

/** sphere(d): uniform on √d·S^{d−1}, so the normalized norm ‖x‖² = Σ x_j²/d is exactly 1. */
public final class Sphere extends RowSampler {
  public Sphere(int d) {
    super("sphere", d);
  }

  @Override
  protected void fillRow(double[] x, int off, SplittableRandom rng) {
    double ss;
    do {
      ss = 0;
      for (int j = 0; j < d; j++) {
        double g = Gaussians.next(rng);
        x[off + j] = g;
        ss += g * g;
      }
    } while (ss == 0);
    double s = Math.sqrt(d / ss);
    for (int j = 0; j < d; j++) x[off + j] *= s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sphere s && s.d == d;
  }

  @Override
  public int hashCode() {
    return 31 * d + 1;
  }

  @Override
  public String toString() {
    return "sphere(" + d + ")";
  }
}
