package org.nnl.core.linalg;

import org.nnl.core.InvalidRequestException;

/**
 * The Cholesky factorization A + λI = L·Lᵀ of a symmetric positive definite matrix (only the
 * lower triangle of A is read), and solves with it. The factorization is blocked
 * ({@link BlockedCholesky}): EJML factors and inverts each 128×128 diagonal block, the fast
 * product kernel does the panel and the trailing update, which carry almost all of the n³/3
 * flops. Deterministic for any thread count.
 */
public final class Cholesky {
  private final Mat l;
  private final double pivotRatio;

  private Cholesky(Mat l, double pivotRatio) {
    this.l = l;
    this.pivotRatio = pivotRatio;
  }

  /**
   * Factors A + ridge·I; refuses with "The system is singular; add a ridge, e.g. ridge: 1e-8."
   * when it is not numerically positive definite.
   */
  public static Cholesky factor(Mat a, double ridge) {
    Cholesky c = tryFactor(a, ridge);
    InvalidRequestException.require(c != null, "The %dx%d system is singular (not positive definite with ridge %s); "
        + "add a ridge, e.g. ridge: 1e-8.", a.rows, a.cols, ridge);
    return c;
  }

  /** Factors A + ridge·I, or returns null when it is not numerically positive definite. */
  public static Cholesky tryFactor(Mat a, double ridge) {
    Ejml.requireSquare(a, "Cholesky");
    MemoryGuard.requireFits(a.rows, a.cols, "Cholesky factor", "use fewer features or a smaller kernel matrix");
    int n = a.rows;
    Mat m = a.copy();
    double maxDiag = 0;
    for (int i = 0; i < n; i++) {
      m.data[i * n + i] += ridge;
      maxDiag = Math.max(maxDiag, m.data[i * n + i]);
    }
    if (!BlockedCholesky.factorLower(m.data, n)) return null;
    double minPivot = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double d = m.data[i * n + i];
      minPivot = Math.min(minPivot, d * d);
    }
    return new Cholesky(m, n == 0 ? 1 : minPivot / maxDiag);
  }

  public int size() {
    return l.rows;
  }

  /** A copy of L (lower triangular, zeros above the diagonal). */
  public Mat lower() {
    return l.copy();
  }

  /**
   * min_i L_ii² / max_i (A_ii + λ): a cheap lower estimate of 1/cond(A + λI); near machine
   * precision (≈ 1e-15) the system is numerically singular even though the factorization ran.
   */
  public double pivotRatio() {
    return pivotRatio;
  }

  /** log det(A + λI) = 2 Σ log L_ii. */
  public double logDeterminant() {
    double s = 0;
    for (int i = 0; i < l.rows; i++) s += Math.log(l.data[i * l.rows + i]);
    return 2 * s;
  }

  /** X = (A + λI)⁻¹ B for B with n rows and any number of columns; B is not modified. */
  public Mat solve(Mat b) {
    if (b.rows != l.rows) throw new IllegalArgumentException("right side has " + b.rows + " rows, expected " + l.rows);
    Mat x = b.copy();
    Triangular.solveLower(l, x);
    Triangular.solveLowerTransposed(l, x);
    return x;
  }

  /** x = (A + λI)⁻¹ b. */
  public double[] solve(double[] b) {
    return solve(new Mat(b.length, 1, b)).data;
  }

  /** tr((A + λI)⁻¹) = ‖L⁻¹‖_F², e.g. for the effective dimension Σ μ_i/(μ_i + λ) = p − λ·tr(·). */
  public double traceInverse() {
    Mat inv = Triangular.invertLower(l);
    double s = 0;
    for (double v : inv.data) s += v * v;
    return s;
  }
}
