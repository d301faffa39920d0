package org.nnl.core.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.decomposition.QRDecomposition;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.nnl.core.InvalidRequestException;

/** Least squares min ‖A·X − B‖_F over EJML's solvers (A is n×p, B is n×m; neither modified). */
public final class LeastSquares {
  /** A QR solve is refused as rank-deficient when min |R_ii| / max |R_ii| is below this. */
  static final double MIN_PIVOT_RATIO = 1e-12;

  private LeastSquares() {}

  /**
   * By Householder QR; refuses a rank-deficient A ("The 100x10 design is rank-deficient ...;
   * add a ridge or use the minimum-norm solution.") and n &lt; p.
   */
  public static Mat qr(Mat a, Mat b) {
    check(a, b);
    InvalidRequestException.require(a.rows >= a.cols,
        "Least squares with %d samples and %d unknowns is underdetermined; add samples or a ridge.", a.rows, a.cols);
    LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.leastSquares(a.rows, a.cols);
    boolean ok = solver.setA(Ejml.copy(a));
    InvalidRequestException.require(ok && pivotRatio(solver) > MIN_PIVOT_RATIO,
        "The %dx%d design is rank-deficient; add a ridge or use the minimum-norm solution.", a.rows, a.cols);
    DMatrixRMaj x = new DMatrixRMaj(a.cols, b.cols);
    solver.solve(Ejml.copy(b), x);
    return Ejml.mat(x);
  }

  /**
   * The minimum-norm least-squares solution X = A⁺B by EJML's SVD pseudo-inverse (singular
   * values below max(n, p)·ε·σ_max count as zero); works for any rank and shape.
   */
  public static Mat minNorm(Mat a, Mat b) {
    check(a, b);
    MemoryGuard.requireDoubles(3.0 * a.rows * a.cols + (double) a.cols * a.cols,
        "A minimum-norm solve of a " + a.rows + "x" + a.cols + " system", "use fewer samples or the normal equations");
    LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.pseudoInverse(true);
    if (!solver.setA(Ejml.copy(a))) {
      throw new IllegalStateException("EJML's SVD did not converge for a " + a.rows + "x" + a.cols + " matrix");
    }
    DMatrixRMaj x = new DMatrixRMaj(a.cols, b.cols);
    solver.solve(Ejml.copy(b), x);
    return Ejml.mat(x);
  }

  /** min |R_ii| / max |R_ii| of the factored A (0 when A has no columns of weight). */
  @SuppressWarnings("unchecked")
  private static double pivotRatio(LinearSolverDense<DMatrixRMaj> solver) {
    DMatrixRMaj r = ((QRDecomposition<DMatrixRMaj>) solver.getDecomposition()).getR(null, true);
    double min = Double.POSITIVE_INFINITY, max = 0;
    for (int i = 0; i < r.numCols; i++) {
      double d = Math.abs(r.get(i, i));
      min = Math.min(min, d);
      max = Math.max(max, d);
    }
    return r.numCols == 0 ? 1 : max > 0 ? min / max : 0;
  }

  private static void check(Mat a, Mat b) {
    if (a.rows != b.rows) {
      throw new IllegalArgumentException("A is " + a.rows + "x" + a.cols + " but B has " + b.rows + " rows");
    }
    for (double v : a.data) {
      InvalidRequestException.require(Double.isFinite(v), "The %dx%d design has a non-finite entry.", a.rows, a.cols);
    }
  }
}
