package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.Parallel;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;

/**
 * A positive semi-definite kernel K(x, z) on R^d that depends on the points through their
 * normalized inner product ⟨x, z⟩/d and normalized squared norms ‖x‖²/d, ‖z‖²/d.
 * Prints like the language: {@code poly(degree: 3)}, {@code conjugate(dense(...), degree: 4)}.
 */
public interface Kernel {
  /**
   * K(s, qx, qz) for s = ⟨x, z⟩/d, qx = ‖x‖²/d, qz = ‖z‖²/d.
   * Must be thread-safe; called once per pair.
   */
  double value(double s, double qx, double qz);

  /** Refuses inputs of a dimension the kernel is not defined for (no-op by default). */
  default void checkDim(int d) {}

  /** The Gram matrix K(x_i, z_j) (n × m) of the rows of x (n × d) and z (m × d); computed row by row in parallel. */
  default Mat gram(Mat x, Mat z) {
    InvalidRequestException.require(x.cols == z.cols,
        "A kernel compares points of one dimension; got %d and %d.", x.cols, z.cols);
    checkDim(x.cols);
    Mat g = Linalg.multTransB(x, z);
    double d = x.cols;
    double[] qx = norms(x);
    double[] qz = x == z ? qx : norms(z);
    Parallel.forBlocks(g.rows, 16, (lo, hi) -> { // blocks of 16 rows, each written by one task
      for (int i = lo; i < hi; i++) {
        int off = i * g.cols;
        for (int j = 0; j < g.cols; j++) g.data[off + j] = value(g.data[off + j] / d, qx[i], qz[j]);
      }
    });
    return g;
  }

  /** ‖x_i‖²/d for every row. */
  static double[] norms(Mat x) {
    double[] q = new double[x.rows];
    for (int i = 0; i < x.rows; i++) {
      double s = 0;
      for (int j = 0; j < x.cols; j++) s += x.data[i * x.cols + j] * x.data[i * x.cols + j];
      q[i] = s / x.cols;
    }
    return q;
  }
}
