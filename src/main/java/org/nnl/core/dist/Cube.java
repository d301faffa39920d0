package org.nnl.core.dist;

import org.nnl.core.linalg.Mat;

/** cube(d): uniform on {±1}^d. */
public record Cube(int dim) implements Distribution {
  public Cube {
    RowSampler.dimension("cube", dim);
  }

  @Override
  public Mat sample(int n, long seed) {
    return RowSampler.sample(this, n, seed, (x, off, rng) -> {
      for (int j = 0; j < dim; j++) x[off + j] = rng.nextBoolean() ? 1.0 : -1.0;
    });
  }

  @Override
  public String toString() {
    return "cube(" + dim + ")";
  }
}
