package org.nnl.core.dist;

import org.nnl.core.linalg.Mat;

/** gaussian(d): N(0, I_d). */
public record Gaussian(int dim) implements Distribution {
  public Gaussian {
    RowSampler.dimension("gaussian", dim);
  }

  @Override
  public Mat sample(int n, long seed) {
    return RowSampler.sample(this, n, seed, (x, off, rng) -> {
      for (int j = 0; j < dim; j++) x[off + j] = Gaussians.next(rng);
    });
  }

  @Override
  public String toString() {
    return "gaussian(" + dim + ")";
  }
}
