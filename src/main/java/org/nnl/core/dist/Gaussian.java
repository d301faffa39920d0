package org.nnl.core.dist;

import java.util.SplittableRandom;

/** gaussian(d): N(0, I_d). */
public final class Gaussian extends RowSampler {
  public Gaussian(int d) {
    super("gaussian", d);
  }

  @Override
  protected void fillRow(double[] x, int off, SplittableRandom rng) {
    for (int j = 0; j < d; j++) x[off + j] = Gaussians.next(rng);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Gaussian g && g.d == d;
  }

  @Override
  public int hashCode() {
    return 31 * d + 2;
  }

  @Override
  public String toString() {
    return "gaussian(" + d + ")";
  }
}
