package org.nnl.core.linalg;

import java.util.Arrays;
import org.nnl.core.Parallel;

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
   * Overwrites the n×n row-major {@code a}, which holds A's lower triangle and zeros above the
   * diagonal ({@link #lowerCopy}), with L (still zero above) and returns the inverses of its
   * BASE×BASE diagonal blocks (block q, row-major with leading dimension its size, zero above
   * the diagonal); null if A is not numerically positive definite. {@code kern} null: the
   * selected {@link Backend}; otherwise that kernel (for tests).
   */
  static double[][] factorLower(double[] a, int n, MicroKernel kern) {
    double[][] inv = new double[(n + BASE - 1) / BASE][];
    if (!chol(a, n, 0, n, kern, inv)) return null;
    for (int r = 0; r < n; r++) if (!(a[r * n + r] > 0) || !Double.isFinite(a[r * n + r])) return null;
    return inv;
  }

  /**
   * A new n×n array with the lower triangle of the row-major {@code a} plus {@code ridge} on the
   * diagonal and zeros above it, copied by row blocks in parallel (the upper triangle is never
   * read: half the copy, and no zeroing afterwards).
   */
  static double[] lowerCopy(double[] a, int n, double ridge) {
    double[] c = new double[n * n];
    Parallel.forBlocks(n, ROWS, (lo, hi) -> {
      for (int r = lo; r < hi; r++) {
        System.arraycopy(a, r * n, c, r * n, r + 1);
        c[r * n + r] += ridge;
      }
    });
    return c;
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
    syrk(a, n, o + s1, s2, o, s1, kern);
    return chol(a, n, o + s1, s2, kern, inv);
  }

  /**
   * The row chunks of an m-row panel for parallel work: about {@link #ROWS} rows each, a
   * multiple of the kernel's mr. The chunks change only the speed: every row of a product is
   * computed alone exactly as in a batch (see {@link Gemm}), so the bits do not depend on them.
   */
  static int chunk(int m, MicroKernel kern) {
    int tasks = Math.max(1, (m + ROWS / 2) / ROWS), mr = (kern == null ? Gemm.KERNEL : kern).mr;
    return Gemm.roundUp((m + tasks - 1) / tasks, mr);
  }

  /**
   * Rows per task (about) of the parallel panel solve and trailing update: each task packs its
   * own copy of the other operand, so fewer, larger chunks pack less (128 measured better than
   * 64 or 96 at n = 2000 on 2 threads).
   */
  static final int ROWS = 128;

  /** True when m rows of work w (multiply-adds) each are worth splitting across threads. */
  private static boolean parallel(int m, long w) {
    return m > ROWS && m * w > 2 * Gemm.SERIAL;
  }

  /**
   * A22 ← A22 − L21·L21ᵀ (lower triangle) for the m×m block A22 at (r0, r0) and the m×s block
   * L21 at (r0, d0), in row chunks I = i0..i1 run in parallel, each on one thread:
   * A22[I, 0:i0] −= L21[I]·L21[0:i0]ᵀ and A22[I, I] −= L21[I]·L21[I]ᵀ (lower). The largest
   * chunks (the last rows) start first.
   */
  private static void syrk(double[] a, int n, int r0, int m, int d0, int s, MicroKernel kern) {
    View l21 = new View(a, r0 * n + d0, n, 1, m, s);
    if (!parallel(m, (long) m * s / 2)) {
      serial(kern, -1, l21, l21.transpose(), a, r0 * n + r0, n, true);
      zeroAbove(a, n, r0, m);
      return;
    }
    int c = chunk(m, kern), tasks = (m + c - 1) / c;
    Parallel.forEach(tasks, t -> {
      int i0 = (tasks - 1 - t) * c, rows = Math.min(c, m - i0);
      View li = l21.block(i0, 0, rows, s);
      if (i0 > 0) serial(kern, -1, li, l21.block(0, 0, i0, s).transpose(), a, (r0 + i0) * n + r0, n, false);
      serial(kern, -1, li, li.transpose(), a, (r0 + i0) * n + r0 + i0, n, true);
      zeroAbove(a, n, r0 + i0, rows);
    });
  }

  /**
   * X ← X·L⁻ᵀ for the m×s block X at rows r0.., columns d0.. of {@code a}, L the (factored)
   * diagonal block at (d0, d0) of size s: split L = [La 0; Lb Lc]: X1 ← X1·La⁻ᵀ,
   * X2 ← (X2 − X1·Lbᵀ)·Lc⁻ᵀ; a leaf multiplies by its stored inverse, X ← X·(L⁻¹)ᵀ.
   */
  static void trsm(double[] a, int n, int r0, int m, int d0, int s, MicroKernel kern, double[][] inv) {
    // Each row of X is solved alone (X_r ← X_r·L⁻ᵀ): row chunks in parallel, each recursion on one thread.
    if (!parallel(m, (long) s * s / 2)) {
      trsmRows(a, n, r0, m, d0, s, kern, inv);
      return;
    }
    int c = chunk(m, kern);
    Parallel.forEach((m + c - 1) / c, t -> trsmRows(a, n, r0 + t * c, Math.min(c, m - t * c), d0, s, kern, inv));
  }

  /** The recursion of {@link #trsm} on rows r0..r0+m, its products on the calling thread. */
  private static void trsmRows(double[] a, int n, int r0, int m, int d0, int s, MicroKernel kern, double[][] inv) {
    if (s <= BASE) {
      double[] t = new double[m * s];
      serial(kern, 1, new View(a, r0 * n + d0, n, 1, m, s), new View(inv[d0 / BASE], 0, 1, s, s, s), t, 0, s, false);
      for (int r = 0; r < m; r++) System.arraycopy(t, r * s, a, (r0 + r) * n + d0, s);
      return;
    }
    int s1 = split(s), s2 = s - s1;
    trsmRows(a, n, r0, m, d0, s1, kern, inv);
    serial(kern, -1, new View(a, r0 * n + d0, n, 1, m, s1), new View(a, (d0 + s1) * n + d0, 1, n, s1, s2),
        a, r0 * n + d0 + s1, n, false);
    trsmRows(a, n, r0, m, d0 + s1, s2, kern, inv);
  }

  /** C += alpha·A·B on {@code kern}, or on the selected backend when {@code kern} is null. */
  static void mul(MicroKernel kern, double alpha, View x, View y, double[] c, int cOff, int ldc, boolean lower) {
    mul(kern, alpha, x, y, c, cOff, ldc, lower, true);
  }

  /** As {@link #mul}, on the calling thread only (the Java kernel; the native backend as it is). */
  private static void serial(MicroKernel kern, double alpha, View x, View y, double[] c, int cOff, int ldc, boolean lower) {
    mul(kern, alpha, x, y, c, cOff, ldc, lower, false);
  }

  private static void mul(MicroKernel kern, double alpha, View x, View y, double[] c, int cOff, int ldc, boolean lower, boolean par) {
    if (kern == null && Backend.isNative()) Gemm.product(alpha, x, y, c, cOff, ldc, lower);
    else Gemm.run(kern == null ? Gemm.KERNEL : kern, alpha, x, y, c, cOff, ldc, lower, par);
  }

  /**
   * Zeros the entries above the diagonal of the q×q block at (p, p): a lower product (Gemm with
   * {@code lower}) may have written some of them, and L must stay zero there.
   */
  private static void zeroAbove(double[] a, int n, int p, int q) {
    for (int r = 0; r < q - 1; r++) Arrays.fill(a, (p + r) * n + p + r + 1, (p + r) * n + p + q, 0.0);
  }

}
