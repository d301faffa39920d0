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
   * False when a pivot v_ii is not positive (or NaN). Rows go four at a time ({@link #four}):
   * the same chains, four of them in flight instead of one.
   */
  static boolean factor(double[] a, int n, int o, int s) {
    int i = o;
    for (; i + 4 <= o + s; i += 4) if (!four(a, n, o, i)) return false;
    for (; i < o + s; i++) for (int j = o; j <= i; j++) if (!entry(a, n, o, i, j)) return false;
    return true;
  }

  /**
   * Rows i..i+3: for each column j < i the chains of the four rows side by side (each needs only
   * rows i..i+3 left of j and row j, all finished), then the 4×4 corner entry by entry.
   */
  private static boolean four(double[] a, int n, int o, int i) {
    int r0 = i * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
    for (int j = o; j < i; j++) {
      int rj = j * n;
      double v0 = a[r0 + j], v1 = a[r1 + j], v2 = a[r2 + j], v3 = a[r3 + j];
      for (int k = o; k < j; k++) {
        double l = a[rj + k];
        v0 = Math.fma(-a[r0 + k], l, v0);
        v1 = Math.fma(-a[r1 + k], l, v1);
        v2 = Math.fma(-a[r2 + k], l, v2);
        v3 = Math.fma(-a[r3 + k], l, v3);
      }
      double d = a[rj + j];
      a[r0 + j] = v0 / d;
      a[r1 + j] = v1 / d;
      a[r2 + j] = v2 / d;
      a[r3 + j] = v3 / d;
    }
    for (int r = 0; r < 4; r++) for (int j = i; j <= i + r; j++) if (!entry(a, n, o, i + r, j)) return false;
    return true;
  }

  /** Entry (i, j ≤ i) from the finished entries of rows i and j left of column j; false for a bad pivot. */
  private static boolean entry(double[] a, int n, int o, int i, int j) {
    int ri = i * n, rj = j * n;
    double v = a[ri + j];
    for (int k = o; k < j; k++) v = Math.fma(-a[ri + k], a[rj + k], v);
    if (j < i) {
      a[ri + j] = v / a[rj + j];
      return true;
    }
    if (!(v > 0)) return false;
    a[ri + i] = Math.sqrt(v);
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
      double d = l[li + i];
      int j = 0;
      // Four columns side by side: chain j runs over k = j..i−1, so columns j+1.. join late.
      for (; j + 4 <= i; j += 4) {
        double c0 = Math.fma(l[li + j], x[j * s + j], 0.0);
        double c1 = 0.0, c2 = 0.0, c3 = 0.0;
        int xk = (j + 1) * s + j;
        c0 = Math.fma(l[li + j + 1], x[xk], c0);
        c1 = Math.fma(l[li + j + 1], x[xk + 1], c1);
        xk += s;
        c0 = Math.fma(l[li + j + 2], x[xk], c0);
        c1 = Math.fma(l[li + j + 2], x[xk + 1], c1);
        c2 = Math.fma(l[li + j + 2], x[xk + 2], c2);
        for (int k = j + 3; k < i; k++) {
          double f = l[li + k];
          int q = k * s + j;
          c0 = Math.fma(f, x[q], c0);
          c1 = Math.fma(f, x[q + 1], c1);
          c2 = Math.fma(f, x[q + 2], c2);
          c3 = Math.fma(f, x[q + 3], c3);
        }
        x[xi + j] = -c0 / d;
        x[xi + j + 1] = -c1 / d;
        x[xi + j + 2] = -c2 / d;
        x[xi + j + 3] = -c3 / d;
      }
      for (; j < i; j++) {
        double c = 0.0;
        for (int k = j; k < i; k++) c = Math.fma(l[li + k], x[k * s + j], c);
        x[xi + j] = -c / d;
      }
      x[xi + i] = 1 / d;
    }
    return x;
  }

}
