package org.nnl.core.learn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.nnl.core.linalg.Mat;

/**
 * Adapter (temporary, until core.linalg's solvers land): solves (A + λI)X = B for a symmetric
 * positive semi-definite A by Cholesky A + λI = LLᵀ (EJML, blocked for large sizes), and gives
 * tr((A + λI)⁻¹) = ‖L⁻¹‖_F² for the effective dimension. Returns null when A + λI is not
 * numerically positive definite.
 */
final class SpdSolve {
  private SpdSolve() {}

  /**
   * The solution, tr((A + λI)⁻¹) (NaN unless asked for) and min_i L_ii² / max_i (A_ii + λ), a
   * cheap lower estimate of 1/cond(A + λI): near machine precision, the system is singular.
   */
  record Result(Mat x, double traceInverse, double pivotRatio) {}

  static Result solve(Mat a, double lambda, Mat b, boolean traceInverse) {
    int p = a.rows;
    DMatrixRMaj m = new DMatrixRMaj(p, p);
    System.arraycopy(a.data, 0, m.data, 0, p * p);
    double maxDiag = 0;
    for (int i = 0; i < p; i++) {
      m.data[i * p + i] += lambda;
      maxDiag = Math.max(maxDiag, m.data[i * p + i]);
    }
    CholeskyDecomposition_F64<DMatrixRMaj> chol = DecompositionFactory_DDRM.chol(p, true);
    if (!chol.decompose(m)) return null;
    DMatrixRMaj l = chol.getT(null);
    double minPivot = Double.POSITIVE_INFINITY;
    for (int i = 0; i < p; i++) minPivot = Math.min(minPivot, l.data[i * p + i] * l.data[i * p + i]);
    if (!(minPivot > 0)) return null;
    Mat x = new Mat(p, b.cols);
    double[] col = new double[p];
    for (int c = 0; c < b.cols; c++) {
      for (int i = 0; i < p; i++) col[i] = b.data[i * b.cols + c];
      TriangularSolver_DDRM.solveL(l.data, col, p);
      TriangularSolver_DDRM.solveTranL(l.data, col, p);
      for (int i = 0; i < p; i++) {
        if (!Double.isFinite(col[i])) return null;
        x.data[i * b.cols + c] = col[i];
      }
    }
    double tr = Double.NaN;
    if (traceInverse) {
      TriangularSolver_DDRM.invertLower(l.data, p);
      tr = 0;
      for (int i = 0; i < p; i++) for (int j = 0; j <= i; j++) tr += l.data[i * p + j] * l.data[i * p + j];
    }
    return new Result(x, tr, minPivot / maxDiag);
  }
}
