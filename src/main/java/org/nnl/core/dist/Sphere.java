package org.nnl.core.dist;

import org.nnl.core.linalg.Mat;

/** sphere(d): uniform on √d·S^{d−1}, so the normalized norm ‖x‖² = Σ x_j²/d is exactly 1. */
public record Sphere(int dim) implements Distribution {
  public Sphere {
    RowSampler.dimension("sphere", dim);
  }

  /** A row is a standard Gaussian vector g (redrawn in the null event g = 0) scaled to √d·g/‖g‖. */
  @Override
  public Mat sample(int n, long seed) {
    return RowSampler.sample(this, n, seed, (x, off, rng) -> {
      double ss;
      do {
        ss = 0;
        for (int j = 0; j < dim; j++) {
          double g = Gaussians.next(rng);
          x[off + j] = g;
          ss += g * g;
        }
      } while (ss == 0);
      double s = Math.sqrt(dim / ss);
      for (int j = 0; j < dim; j++) x[off + j] *= s;
    });
  }

  @Override
  public String toString() {
    return "sphere(" + dim + ")";
  }
}
