package org.nnl.core.linalg;

/**
 * The scalar base cases of {@link BlockedCholesky} on one diagonal block of at most
 * {@link BlockedCholesky#BASE} rows: fixed loops (one fma chain per entry, in increasing k),
 * so their bits depend on nothing but the data.
 */
final class TriangularBase {
  private TriangularBase() {}

  /**
   * Factors the s×s diagonal block at (o, o) of the n×n row-major {@code a} in place, row by row:
   * v_ij = fma chain A_ij − Σ_{o≤k<j} L_ik L_jk, L_ij = v_ij / L_jj (j < i), L_ii = √v_ii.
   * False when a pivot v_ii is not positive (or NaN).
   */
  static boolean factor(double[] a, int n, int o, int s) {
    for (int i = o; i < o + s; i++) {
      int ri = i * n;
      for (int j = o; j <= i; j++) {
        int rj = j * n;
        double v = a[ri + j];
        for (int k = o; k < j; k++) v = Math.fma(-a[ri + k], a[rj + k], v);
        if (j < i) {
          a[ri + j] = v / a[rj + j];
        } else {
          if (!(v > 0)) return false;
          a[ri + i] = Math.sqrt(v);
        }
      }
    }
    return true;
  }

  /**
   * X = L⁻¹ of the s×s lower-triangular block at (o, o) of {@code l} (row-major, leading
   * dimension n), as a new s×s row-major array with zeros above the diagonal:
   * X_ii = 1/L_ii, X_ij = −(Σ_{j≤k<i} L_ik X_kj) / L_ii (the sum an fma chain in increasing k).
   */
  static double[] invert(double[] l, int n, int o, int s) {
    double[] x = new double[s * s];
    for (int i = 0; i < s; i++) {
      int li = (o + i) * n + o, xi = i * s;
      for (int k = 0; k < i; k++) {
        double f = l[li + k];
        int xk = k * s;
        for (int j = 0; j <= k; j++) x[xi + j] = Math.fma(f, x[xk + j], x[xi + j]);
      }
      double d = l[li + i];
      for (int j = 0; j < i; j++) x[xi + j] = -x[xi + j] / d;
      x[xi + i] = 1 / d;
    }
    return x;
  }
}
