package org.nnl.core.linalg;

import org.ejml.data.DMatrixRMaj;

/** Copies between {@link Mat} and EJML's row-major matrix (same layout, so plain array copies). */
final class Ejml {
  private Ejml() {}

  /** A copy of {@code m} that EJML may overwrite. */
  static DMatrixRMaj copy(Mat m) {
    return new DMatrixRMaj(m.rows, m.cols, true, m.data.clone());
  }

  /** Wraps EJML's array without copying. */
  static Mat mat(DMatrixRMaj m) {
    if (m.data.length == m.numRows * m.numCols) return new Mat(m.numRows, m.numCols, m.data);
    double[] d = new double[m.numRows * m.numCols];
    System.arraycopy(m.data, 0, d, 0, d.length);
    return new Mat(m.numRows, m.numCols, d);
  }

  static void requireSquare(Mat a, String what) {
    if (a.rows != a.cols) throw new IllegalArgumentException(what + " needs a square matrix, got " + a.rows + "x" + a.cols);
  }
}
