package org.nnl.core.dist;

import java.util.SplittableRandom;

/** cube(d): uniform on {±1}^d. */
public final class Cube extends RowSampler {
  public Cube(int d) {
    super("cube", d);
  }

  @Override
  protected void fillRow(double[] x, int off, SplittableRandom rng) {
    for (int j = 0; j < d; j++) x[off + j] = rng.nextBoolean() ? 1.0 : -1.0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cube c && c.d == d;
  }

  @Override
  public int hashCode() {
    return 31 * d + 3;
  }

  @Override
  public String toString() {
    return "cube(" + d + ")";
  }
}
