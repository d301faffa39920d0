package org.nnl.core.linalg;

/**
 * The blocked product C += alpha·A·B over strided views (Goto/BLIS scheme): B is packed into
 * KC×nr panels and A into mr×KC panels for the register block mr×nr of the {@link MicroKernel}
 * in use, which runs over them. Invariant: every entry is C_ij ← fma(s_b, alpha, C_ij) for the
 * K-blocks b = 0, 1, ... of fixed width {@link #KC} in increasing order, where s_b is the fma
 * chain over p in the block. This depends on A's row i and B's column j only — not on the
 * kernel, its register block, the cache blocking of rows and columns, or the threads — so
 * results are bit-identical on any CPU and for any thread count, and a row computed alone
 * equals the same row computed in a batch.
 */
final class Gemm {
  /** Depth of one K-block (fixed on every machine: part of the summation order). */
  static final int KC = 256;
  /** Below this many multiply-adds the direct loop beats packing. */
  static final long SMALL = 16 * 1024;
  /** Below this many multiply-adds one thread does the work. */
  static final long SERIAL = 1 << 18;
  /** Rows (of A) and columns (of B) packed at once: bounds each packing buffer at 8 MiB. */
  static final int SUPER = 4096;

  static final MicroKernel KERNEL = Kernels.pick();

  /** Reusable packing buffers of one calling thread (busy while a product runs on it). */
  private static final ThreadLocal<double[][]> BUFFERS = ThreadLocal.withInitial(() -> new double[2][0]);
  private static final ThreadLocal<boolean[]> BUSY = ThreadLocal.withInitial(() -> new boolean[1]);

  private Gemm() {}

  /**
   * C += alpha·A·B on the selected {@link Backend}: the reproducible kernel {@link #KERNEL} by
   * default, OpenBLAS when the native backend is on (and the product is not tiny).
   */
  static void product(double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower) {
    product(alpha, a, b, c, cOff, ldc, lower, false);
  }

  /** As above; {@code fresh}: C is all zero there (a new result), which spares the native backend reading it. */
  static void product(double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower, boolean fresh) {
    product(alpha, a, b, c, cOff, ldc, lower, fresh, true);
  }

  /**
   * As above; {@code parallel} false keeps the product on the calling thread (OpenBLAS held to one
   * thread meanwhile), for callers that run many products in parallel themselves.
   */
  static void product(double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower, boolean fresh,
                      boolean parallel) {
    if (Backend.isNative() && (long) a.rows() * b.cols() * a.cols() > SMALL
        && (parallel ? NativeBlas.gemm(alpha, a, b, c, cOff, ldc, lower, fresh)
            : NativeBlas.gemmSerial(alpha, a, b, c, cOff, ldc, lower, fresh))) {
      return;
    }
    run(KERNEL, alpha, a, b, c, cOff, ldc, lower, parallel);
  }

  /**
   * C += alpha·A·B with kernel {@code kern}, C row-major with leading dimension {@code ldc} from {@code cOff}. With
   * {@code lower}, only entries with i ≥ j are guaranteed (some above the diagonal are updated
   * too, the rest left alone).
   */
  static void run(MicroKernel kern, double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower) {
    run(kern, alpha, a, b, c, cOff, ldc, lower, true);
  }

  /**
   * As above; {@code parallel} false keeps the whole product on the calling thread (for callers
   * that run many independent products in parallel themselves). The bits are the same either way.
   */
  static void run(MicroKernel kern, double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower, boolean parallel) {
    int m = a.rows(), n = b.cols(), k = a.cols();
    if (m == 0 || n == 0 || k == 0) return;
    long work = (long) m * n * k;
    boolean par = parallel && work > SERIAL;
    if (work <= SMALL) {
      direct(alpha, a, b, c, cOff, ldc, lower);
      return;
    }
    if (m == 1 && n > 1 && !lower) {
      // One row: compute Cᵀ = Bᵀ·Aᵀ (n×1, entry j at cOff + j) — the same chains, as fma is
      // symmetric in its two factors — as a matrix-vector product.
      MatVec.run(alpha, b.transpose(), a.transpose(), c, cOff, 1, par);
      return;
    }
    if (n == 1) {
      MatVec.run(alpha, a, b, c, cOff, ldc, par);
      return;
    }
    int mr = kern.mr, nr = kern.nr;
    int ms0 = SUPER / mr * mr, ns0 = SUPER / nr * nr;
    int bLen = Math.min(KC, k) * roundUp(Math.min(ns0, n), nr), aLen = Math.min(KC, k) * roundUp(Math.min(ms0, m), mr);
    boolean[] busy = BUSY.get();
    double[][] buf = busy[0] ? new double[2][0] : BUFFERS.get();
    // B's panels start on a cache line (CacheLineOffset): up to 7 doubles more.
    if (buf[0].length < bLen + 7) buf[0] = new double[bLen + 7];
    if (buf[1].length < aLen) buf[1] = new double[aLen];
    boolean owner = !busy[0];
    busy[0] = true;
    try {
      Tiling t = new Tiling(kern, par, CacheLineOffset.of(buf[0]));
      for (int jc = 0; jc < n; jc += ns0) {
        int nc = Math.min(ns0, n - jc);
        for (int ic = 0; ic < m; ic += ms0) {
          int ms = Math.min(ms0, m - ic);
          if (lower && ic + ms - 1 < jc) continue;
          for (int pc = 0; pc < k; pc += KC) {
            t.block(alpha, a, b, c, cOff, ldc, lower, jc, nc, ic, ms, pc, Math.min(KC, k - pc), buf[1], buf[0]);
          }
        }
      }
    } finally {
      if (owner) busy[0] = false;
    }
  }

  /** The same arithmetic as the blocked path, entry by entry, for small products. */
  static void direct(double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower) {
    int m = a.rows(), n = b.cols(), k = a.cols();
    double[] as = a.a(), bs = b.a();
    for (int i = 0; i < m; i++) {
      int ai = a.off() + i * a.rs();
      for (int j = 0; j < (lower ? Math.min(n, i + 1) : n); j++) {
        int bj = b.off() + j * b.cs(), ci = cOff + i * ldc + j;
        for (int pc = 0; pc < k; pc += KC) {
          double acc = 0;
          for (int p = pc, pe = Math.min(k, pc + KC); p < pe; p++) {
            acc = Math.fma(as[ai + p * a.cs()], bs[bj + p * b.rs()], acc);
          }
          c[ci] = Math.fma(acc, alpha, c[ci]);
        }
      }
    }
  }

  static int roundUp(int x, int q) {
    return (x + q - 1) / q * q;
  }
}
