package org.nnl.core.linalg;

/**
 * A strided read-only view of a matrix inside an array: entry (i, j) of the {@code rows}×{@code
 * cols} view is {@code a[off + i·rs + j·cs]}. A transpose is the same array with the strides
 * swapped, so the kernels need no transposed copies.
 */
record View(double[] a, int off, int rs, int cs, int rows, int cols) {

  /** The whole of {@code m}, as stored (row-major). */
  static View of(Mat m) {
    return new View(m.data, 0, m.cols, 1, m.rows, m.cols);
  }

  /** The transpose of {@code m}: a cols×rows view. */
  static View transposed(Mat m) {
    return new View(m.data, 0, 1, m.cols, m.cols, m.rows);
  }

  /** The transpose of this view (the same entries, strides swapped). */
  View transpose() {
    return new View(a, off, cs, rs, cols, rows);
  }

  /** The {@code r}×{@code c} block starting at entry (i, j) of this view. */
  View block(int i, int j, int r, int c) {
    return new View(a, off + i * rs + j * cs, rs, cs, r, c);
  }

  double get(int i, int j) {
    return a[off + i * rs + j * cs];
  }
}
