package org.nnl.core.linalg;

/**
 * Dense products over {@link Mat}. Results are deterministic and independent of the number of
 * threads. (Reference loops; the linalg engineer replaces the bodies with the fast kernels.)
 */
public final class Linalg {
  private Linalg() {}

  /** C = A·B (A is n×k, B is k×m). */
  public static Mat mult(Mat a, Mat b) {
    check(a.cols == b.rows, a, b, "A·B");
    Mat c = new Mat(a.rows, b.cols);
    for (int i = 0; i < a.rows; i++)
      for (int p = 0; p < a.cols; p++) {
        double v = a.data[i * a.cols + p];
        for (int j = 0; j < b.cols; j++) c.data[i * c.cols + j] += v * b.data[p * b.cols + j];
      }
    return c;
  }

  /** C = A·Bᵀ (A is n×k, B is m×k): the forward pass X·Wᵀ with one point per row. */
  public static Mat multTransB(Mat a, Mat b) {
    check(a.cols == b.cols, a, b, "A·Bᵀ");
    Mat c = new Mat(a.rows, b.rows);
    for (int i = 0; i < a.rows; i++)
      for (int j = 0; j < b.rows; j++) {
        double s = 0;
        for (int p = 0; p < a.cols; p++) s += a.data[i * a.cols + p] * b.data[j * b.cols + p];
        c.data[i * c.cols + j] = s;
      }
    return c;
  }

  /** C = Aᵀ·B (A is n×k, B is n×m): gradients and normal equations. */
  public static Mat multTransA(Mat a, Mat b) {
    check(a.rows == b.rows, a, b, "Aᵀ·B");
    Mat c = new Mat(a.cols, b.cols);
    for (int p = 0; p < a.rows; p++)
      for (int i = 0; i < a.cols; i++) {
        double v = a.data[p * a.cols + i];
        for (int j = 0; j < b.cols; j++) c.data[i * c.cols + j] += v * b.data[p * b.cols + j];
      }
    return c;
  }

  private static void check(boolean ok, Mat a, Mat b, String op) {
    if (!ok) {
      throw new IllegalArgumentException(op + ": mismatched sizes " + a.rows + "x" + a.cols + " and " + b.rows + "x" + b.cols);
    }
  }
}
