package org.nnl.core.linalg;

import org.nnl.core.InvalidRequestException;

/**
 * The Cholesky factorization A + λI = L·Lᵀ of a symmetric positive definite matrix (only the
 * lower triangle of A is read), and solves with it. The factorization is recursive
 * ({@link BlockedCholesky}): the panel solves and the trailing updates run on NNL's product
 * kernel, scalar loops only on the 48×48 diagonal blocks; the solves ({@link Triangular}) are
 * blocked the same way. Bit-identical for any kernel and thread count (with the default Java
 * backend). With the native backend selected when it is factored, the factorization, its solves
 * and its trace run on LAPACK instead ({@link NativeCholesky}).
 */
public final class Cholesky {
  private final Mat l;
  /** Inverses of L's 48×48 diagonal blocks ({@link BlockedCholesky#factorLower}). */
  private final double[][] inv;
  /** The kernel of the products, null for the selected backend. */
  private final MicroKernel kern;
  private final double pivotRatio;
  /** The native backend's factor (LAPACK; its solves and trace run there), or null. */
  private final NativeCholesky nat;

  private Cholesky(Mat l, double[][] inv, MicroKernel kern, double pivotRatio, NativeCholesky nat) {
    this.l = l;
    this.inv = inv;
    this.kern = kern;
    this.pivotRatio = pivotRatio;
    this.nat = nat;
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
    return tryFactor(a, ridge, null);
  }

  /** As {@link #tryFactor(Mat, double)} with every product on {@code kern} (null: the selected backend). */
  static Cholesky tryFactor(Mat a, double ridge, MicroKernel kern) {
    Ejml.requireSquare(a, "Cholesky");
    MemoryGuard.requireFits(a.rows, a.cols, "Cholesky factor", "use fewer features or a smaller kernel matrix");
    int n = a.rows;
    double maxDiag = 0;
    for (int i = 0; i < n; i++) maxDiag = Math.max(maxDiag, a.data[i * n + i] + ridge);
    if (kern == null && Backend.isNative()) {
      // The native backend: LAPACK on an off-heap copy, which its solves and trace reuse.
      NativeCholesky f = NativeCholesky.factor(a.data, n, ridge);
      return f == null ? null : new Cholesky(new Mat(n, n, f.lower), null, null, pivotRatio(f.lower, n, maxDiag), f);
    }
    Mat m = new Mat(n, n, BlockedCholesky.lowerCopy(a.data, n, ridge));
    double[][] inv = BlockedCholesky.factorLower(m.data, n, kern);
    if (inv == null) return null;
    return new Cholesky(m, inv, kern, pivotRatio(m.data, n, maxDiag), null);
  }

  /** min_i L_ii² / maxDiag (1 for n = 0). */
  private static double pivotRatio(double[] l, int n, double maxDiag) {
    double minPivot = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double d = l[i * n + i];
      minPivot = Math.min(minPivot, d * d);
    }
    return n == 0 ? 1 : minPivot / maxDiag;
  }

  /** True when this factor runs on the native backend (for tests of the routing). */
  boolean isNative() {
    return nat != null;
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
    if (nat != null) {
      nat.solve(x.data, x.cols);
      return x;
    }
    Triangular.solveLower(l, inv, x, kern);
    Triangular.solveLowerTransposed(l, inv, x, kern);
    return x;
  }

  /** x = (A + λI)⁻¹ b. */
  public double[] solve(double[] b) {
    return solve(new Mat(b.length, 1, b)).data;
  }

  /**
   * tr((A + λI)⁻¹) = tr(L⁻ᵀL⁻¹) = ‖L⁻¹‖_F², with L⁻¹ from the recursive triangular inverse
   * (n³/6 fma, no dense product); e.g. for the effective dimension Σ μ_i/(μ_i + λ) = p − λ·tr(·).
   */
  public double traceInverse() {
    if (nat != null) return nat.traceInverse();
    MemoryGuard.requireFits(l.rows, l.cols, "inverse of the Cholesky factor", "use fewer features or a smaller kernel matrix");
    return Triangular.sumSquaresLower(Triangular.invertLower(l, inv, kern));
  }
}
