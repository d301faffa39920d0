package org.nnl.core.linalg;

import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;

/** Substitution with a lower-triangular L (n×n) against right sides with many columns. */
final class Triangular {
  private Triangular() {}

  /** X ← L⁻¹X in place: row_i(X) = (row_i(X) − Σ_{j<i} L_ij row_j(X)) / L_ii. */
  static void solveLower(Mat l, Mat x) {
    int n = l.rows, m = x.cols;
    double[] ld = l.data, xd = x.data;
    for (int i = 0; i < n; i++) {
      int xi = i * m;
      for (int j = 0; j < i; j++) {
        double f = ld[i * n + j];
        if (f == 0) continue;
        int xj = j * m;
        for (int c = 0; c < m; c++) xd[xi + c] -= f * xd[xj + c];
      }
      double d = ld[i * n + i];
      for (int c = 0; c < m; c++) xd[xi + c] /= d;
    }
  }

  /** X ← L⁻ᵀX in place, by columns of Lᵀ: x_i = x_i / L_ii, then x_j −= L_ij x_i for j < i. */
  static void solveLowerTransposed(Mat l, Mat x) {
    int n = l.rows, m = x.cols;
    double[] ld = l.data, xd = x.data;
    for (int i = n - 1; i >= 0; i--) {
      int xi = i * m;
      double d = ld[i * n + i];
      for (int c = 0; c < m; c++) xd[xi + c] /= d;
      for (int j = 0; j < i; j++) {
        double f = ld[i * n + j];
        if (f == 0) continue;
        int xj = j * m;
        for (int c = 0; c < m; c++) xd[xj + c] -= f * xd[xi + c];
      }
    }
  }

  /**
   * L⁻¹ (lower triangular), by block rows of {@link BlockedCholesky#NB}: X_ii = L_ii⁻¹ (EJML)
   * and X[i, 0:i] = −X_ii·(L[i, 0:i]·X[0:i, 0:i]), both products on the fast kernel (the
   * second factor is treated as dense: 2n³/3 flops instead of n³/3, but at kernel speed).
   */
  static Mat invertLower(Mat l) {
    int n = l.rows, nb = BlockedCholesky.NB;
    Mat x = new Mat(n, n);
    for (int i0 = 0; i0 < n; i0 += nb) {
      int b = Math.min(nb, n - i0);
      double[] d = new double[b * b];
      for (int r = 0; r < b; r++) System.arraycopy(l.data, (i0 + r) * n + i0, d, r * b, r + 1);
      TriangularSolver_DDRM.invertLower(d, b);
      for (int r = 0; r < b; r++) System.arraycopy(d, r * b, x.data, (i0 + r) * n + i0, r + 1);
      if (i0 == 0) continue;
      Mat t = new Mat(b, i0);
      Gemm.product(1, new View(l.data, i0 * n, n, 1, b, i0), new View(x.data, 0, n, 1, i0, i0), t.data, 0, i0, false);
      Gemm.product(-1, new View(d, 0, b, 1, b, b), View.of(t), x.data, i0 * n, n, false);
    }
    return x;
  }
}
