package org.nnl.core.linalg;

/**
 * Recursive Cholesky A = L·Lᵀ in place, on NNL's own product kernel. For a diagonal block of
 * size s > {@link #BASE}, split s = s1 + s2 ({@link #split}): L11 = chol(A11); L21 = A21·L11⁻ᵀ
 * ({@link #trsm}); A22 ← A22 − L21·L21ᵀ (lower triangle, on {@link Gemm}); L22 = chol(A22).
 * Blocks of at most BASE = 48 (a multiple of every register block: 8×24, 6×8, 6×4) are factored by {@link TriangularBase#factor} and inverted by
 * {@link TriangularBase#invert}; the inverses are kept (the panel solves of the TRSM leaves and
 * the triangular solves multiply by them). Invariant: the split points depend on n only (every
 * block starts at a multiple of BASE), every product is a {@link Gemm} call (a fixed fma chain
 * per entry) and the base cases are fixed scalar loops, so L is bit-identical for any kernel and
 * any thread count. Cost n³/6 fused multiply-adds, almost all of them in the kernel.
 */
final class BlockedCholesky {
  /** Size of the diagonal blocks factored and inverted by scalar loops (part of the arithmetic). */
  static final int BASE = 48;

  private BlockedCholesky() {}

  /**
   * Overwrites the n×n row-major {@code a} with L (zero above the diagonal) and returns the
   * inverses of its BASE×BASE diagonal blocks (block q, row-major with leading dimension its
   * size, zero above the diagonal); null if A is not numerically positive definite. {@code kern}
   * null: the selected {@link Backend}; otherwise that kernel (for tests).
   */
  static double[][] factorLower(double[] a, int n, MicroKernel kern) {
    double[][] inv = new double[(n + BASE - 1) / BASE][];
    if (!chol(a, n, 0, n, kern, inv)) return null;
    return finishLower(a, n) ? inv : null;
  }

  /** The first part of a block of size s > BASE: about half, a multiple of BASE. */
  static int split(int s) {
    return BASE * ((s + 2 * BASE - 1) / (2 * BASE));
  }

  /** Factors the s×s diagonal block at (o, o), whose Schur-complement updates are all applied. */
  private static boolean chol(double[] a, int n, int o, int s, MicroKernel kern, double[][] inv) {
    if (s <= BASE) {
      if (!TriangularBase.factor(a, n, o, s)) return false;
      inv[o / BASE] = TriangularBase.invert(a, n, o, s);
      return true;
    }
    int s1 = split(s), s2 = s - s1;
    if (!chol(a, n, o, s1, kern, inv)) return false;
    trsm(a, n, o + s1, s2, o, s1, kern, inv);
    View l21 = new View(a, (o + s1) * n + o, n, 1, s2, s1);
    mul(kern, -1, l21, l21.transpose(), a, (o + s1) * n + o + s1, n, true);
    return chol(a, n, o + s1, s2, kern, inv);
  }

  /**
   * X ← X·L⁻ᵀ for the m×s block X at rows r0.., columns d0.. of {@code a}, L the (factored)
   * diagonal block at (d0, d0) of size s: split L = [La 0; Lb Lc]: X1 ← X1·La⁻ᵀ,
   * X2 ← (X2 − X1·Lbᵀ)·Lc⁻ᵀ; a leaf multiplies by its stored inverse, X ← X·(L⁻¹)ᵀ.
   */
  static void trsm(double[] a, int n, int r0, int m, int d0, int s, MicroKernel kern, double[][] inv) {
    if (s <= BASE) {
      double[] t = new double[m * s];
      mul(kern, 1, new View(a, r0 * n + d0, n, 1, m, s), new View(inv[d0 / BASE], 0, 1, s, s, s), t, 0, s, false);
      for (int r = 0; r < m; r++) System.arraycopy(t, r * s, a, (r0 + r) * n + d0, s);
      return;
    }
    int s1 = split(s), s2 = s - s1;
    trsm(a, n, r0, m, d0, s1, kern, inv);
    mul(kern, -1, new View(a, r0 * n + d0, n, 1, m, s1), new View(a, (d0 + s1) * n + d0, 1, n, s1, s2),
        a, r0 * n + d0 + s1, n, false);
    trsm(a, n, r0, m, d0 + s1, s2, kern, inv);
  }

  /** C += alpha·A·B on {@code kern}, or on the selected backend when {@code kern} is null. */
  static void mul(MicroKernel kern, double alpha, View x, View y, double[] c, int cOff, int ldc, boolean lower) {
    if (kern == null) Gemm.product(alpha, x, y, c, cOff, ldc, lower);
    else Gemm.run(kern, alpha, x, y, c, cOff, ldc, lower);
  }

  /** Zeros the upper triangle; false unless every pivot L_ii is finite and positive. */
  private static boolean finishLower(double[] a, int n) {
    for (int r = 0; r < n; r++)
      for (int c = r + 1; c < n; c++) a[r * n + c] = 0;
    for (int r = 0; r < n; r++) if (!(a[r * n + r] > 0) || !Double.isFinite(a[r * n + r])) return false;
    return true;
  }
}
