package org.nnl.core.learn;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.CholeskyDecomposition_F64;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.nnl.core.linalg.Mat;

/**
 * Adapter (temporary, until core.linalg's solvers land): solves (A + λI)X = B for a symmetric
 * positive semi-definite A by Cholesky, and gives tr((A + λI)⁻¹) = ‖L⁻¹‖_F² for the effective
 * dimension. Returns null when A + λI is not numerically positive definite.
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
    for (int i = 0; i < p; i++) m.data[i * p + i] += lambda;
    LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(p);
    if (!solver.setA(m)) return null;
    DMatrixRMaj rhs = new DMatrixRMaj(b.rows, b.cols);
    System.arraycopy(b.data, 0, rhs.data, 0, b.data.length);
    DMatrixRMaj x = new DMatrixRMaj(p, b.cols);
    solver.solve(rhs, x);
    for (double v : x.data) if (!Double.isFinite(v)) return null;
    double maxDiag = 0;
    for (int i = 0; i < p; i++) maxDiag = Math.max(maxDiag, a.data[i * p + i] + lambda);
    @SuppressWarnings("unchecked")
    CholeskyDecomposition_F64<DMatrixRMaj> chol = (CholeskyDecomposition_F64<DMatrixRMaj>) solver.getDecomposition();
    DMatrixRMaj l = chol.getT(m);
    double minPivot = Double.POSITIVE_INFINITY;
    for (int i = 0; i < p; i++) minPivot = Math.min(minPivot, l.data[i * p + i] * l.data[i * p + i]);
    double tr = Double.NaN;
    if (traceInverse) {
      TriangularSolver_DDRM.invertLower(l.data, p);
      tr = 0;
      for (int i = 0; i < p; i++) for (int j = 0; j <= i; j++) tr += l.data[i * p + j] * l.data[i * p + j];
    }
    return new Result(new Mat(p, b.cols, x.data), tr, minPivot / maxDiag);
  }
}
