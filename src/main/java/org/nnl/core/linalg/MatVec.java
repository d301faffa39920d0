package org.nnl.core.linalg;

import java.util.Arrays;
import org.nnl.core.Parallel;

/**
 * C += alpha·A·b for a one-column b (k×1), read in place (no packing): each entry the same chain
 * as every kernel — acc ← fma(a_ip, b_p, acc) over the fixed K-blocks of {@link Gemm#KC}, then
 * c ← fma(acc, alpha, c) per block. A row-major A runs eight rows at a time (eight independent
 * chains in flight, each reading its row); an A whose columns are contiguous (rs = 1: a
 * transposed view such as Φᵀ in Φᵀy) runs a task's rows side by side, p outermost, so memory is
 * read in order instead of one cache line per row and p. Rows are split into fixed blocks for
 * parallel work (bits independent of threads and of the path: only the loop order differs).
 */
final class MatVec {
  private static final int ROWS_PER_TASK = 256;

  private MatVec() {}

  static void run(double alpha, View a, View b, double[] c, int cOff, int ldc, boolean par) {
    int m = a.rows();
    Parallel.forEach((m + ROWS_PER_TASK - 1) / ROWS_PER_TASK, par, t -> {
      int i0 = t * ROWS_PER_TASK, i1 = Math.min(m, i0 + ROWS_PER_TASK);
      if (a.rs() == 1 && a.cs() != 1) {
        columns(alpha, a, b, c, cOff, ldc, i0, i1);
        return;
      }
      int i = i0;
      for (; i + 8 <= i1; i += 8) eight(alpha, a, b, c, cOff, ldc, i);
      for (; i < i1; i++) one(alpha, a, b, c, cOff + i * ldc, i);
    });
  }

  private static void eight(double alpha, View a, View b, double[] c, int cOff, int ldc, int i) {
    double[] as = a.a(), bs = b.a();
    int k = a.cols(), rs = a.rs(), cs = a.cs(), brs = b.rs();
    int r0 = a.off() + i * rs;
    for (int pc = 0; pc < k; pc += Gemm.KC) {
      double c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0;
      for (int p = pc, pe = Math.min(k, pc + Gemm.KC); p < pe; p++) {
        double x = bs[b.off() + p * brs];
        int q = r0 + p * cs;
        c0 = Math.fma(as[q], x, c0);
        c1 = Math.fma(as[q + rs], x, c1);
        c2 = Math.fma(as[q + 2 * rs], x, c2);
        c3 = Math.fma(as[q + 3 * rs], x, c3);
        c4 = Math.fma(as[q + 4 * rs], x, c4);
        c5 = Math.fma(as[q + 5 * rs], x, c5);
        c6 = Math.fma(as[q + 6 * rs], x, c6);
        c7 = Math.fma(as[q + 7 * rs], x, c7);
      }
      int o = cOff + i * ldc;
      c[o] = Math.fma(c0, alpha, c[o]);
      c[o + ldc] = Math.fma(c1, alpha, c[o + ldc]);
      c[o + 2 * ldc] = Math.fma(c2, alpha, c[o + 2 * ldc]);
      c[o + 3 * ldc] = Math.fma(c3, alpha, c[o + 3 * ldc]);
      c[o + 4 * ldc] = Math.fma(c4, alpha, c[o + 4 * ldc]);
      c[o + 5 * ldc] = Math.fma(c5, alpha, c[o + 5 * ldc]);
      c[o + 6 * ldc] = Math.fma(c6, alpha, c[o + 6 * ldc]);
      c[o + 7 * ldc] = Math.fma(c7, alpha, c[o + 7 * ldc]);
    }
  }

  /** Rows i0..i1−1 with contiguous columns: acc[i] ← fma(a_ip, b_p, acc[i]) for p in order, i innermost. */
  private static void columns(double alpha, View a, View b, double[] c, int cOff, int ldc, int i0, int i1) {
    double[] as = a.a(), bs = b.a();
    int k = a.cols(), cs = a.cs(), brs = b.rs(), n = i1 - i0;
    double[] acc = new double[n];
    for (int pc = 0; pc < k; pc += Gemm.KC) {
      Arrays.fill(acc, 0);
      for (int p = pc, pe = Math.min(k, pc + Gemm.KC); p < pe; p++) {
        double x = bs[b.off() + p * brs];
        int q = a.off() + i0 + p * cs;
        for (int r = 0; r < n; r++) acc[r] = Math.fma(as[q + r], x, acc[r]);
      }
      for (int r = 0; r < n; r++) {
        int o = cOff + (i0 + r) * ldc;
        c[o] = Math.fma(acc[r], alpha, c[o]);
      }
    }
  }

  private static void one(double alpha, View a, View b, double[] c, int o, int i) {
    double[] as = a.a(), bs = b.a();
    int k = a.cols(), ai = a.off() + i * a.rs();
    for (int pc = 0; pc < k; pc += Gemm.KC) {
      double acc = 0;
      for (int p = pc, pe = Math.min(k, pc + Gemm.KC); p < pe; p++) acc = Math.fma(as[ai + p * a.cs()], bs[b.off() + p * b.rs()], acc);
      c[o] = Math.fma(acc, alpha, c[o]);
    }
  }
}
