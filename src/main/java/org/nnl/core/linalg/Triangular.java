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

  /** L⁻¹ (lower triangular), by EJML. */
  static Mat invertLower(Mat l) {
    Mat inv = l.copy();
    TriangularSolver_DDRM.invertLower(inv.data, l.rows);
    return inv;
  }
}
