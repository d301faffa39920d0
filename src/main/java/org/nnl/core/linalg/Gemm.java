package org.nnl.core.linalg;

import static org.nnl.core.linalg.MicroKernel.MR;
import static org.nnl.core.linalg.MicroKernel.NR;

/**
 * The blocked product C += alpha·A·B over strided views (Goto/BLIS scheme): B is packed into
 * KC×NR panels and A into MR×KC panels, and a register-blocked {@link MicroKernel} runs over
 * them. Invariant: every entry is C_ij ← fma(s_b, alpha, C_ij) for the K-blocks b = 0, 1, ... of
 * fixed width {@link #KC} in increasing order, where s_b is the fma chain over p in the block.
 * This depends on A's row i and B's column j only — not on the shapes, the blocking of rows
 * and columns, or the threads — so results are bit-identical for any thread count, and a row
 * computed alone equals the same row computed in a batch.
 */
final class Gemm {
  /** Depth of one K-block (fixed: part of the summation order). */
  static final int KC = 256;
  /** Rows of A per L2-resident block, and the row height of one parallel tile. */
  static final int MC = 20 * MR;
  /** Columns per parallel tile. */
  static final int NT = 24 * NR;
  /** Rows and columns per packed super-block (bounds the packing buffers at 8 MiB each). */
  static final int MS = 682 * MR;
  static final int NS = 512 * NR;
  /** Below this many multiply-adds the direct loop beats packing. */
  static final long SMALL = 16 * 1024;
  /** Below this many multiply-adds one thread does the work. */
  static final long SERIAL = 1 << 20;

  static final MicroKernel KERNEL = pickKernel();

  private Gemm() {}

  private static MicroKernel pickKernel() {
    try {
      return new VectorKernel();
    } catch (LinkageError | RuntimeException e) {
      return new ScalarKernel();
    }
  }

  /**
   * C += alpha·A·B, C row-major with leading dimension {@code ldc} from {@code cOff}. With
   * {@code lower}, only entries with i ≥ j are guaranteed (some above the diagonal are updated
   * too, the rest left alone).
   */
  static void run(MicroKernel kern, double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower) {
    int m = a.rows(), n = b.cols(), k = a.cols();
    if (m == 0 || n == 0 || k == 0) return;
    long work = (long) m * n * k;
    if (work <= SMALL) {
      direct(alpha, a, b, c, cOff, ldc, lower);
      return;
    }
    boolean par = work > SERIAL;
    double[] bp = new double[Math.min(KC, k) * roundUp(Math.min(NS, n), NR)];
    double[] apk = new double[Math.min(KC, k) * roundUp(Math.min(MS, m), MR)];
    for (int jc = 0; jc < n; jc += NS) {
      int nc = Math.min(NS, n - jc);
      for (int ic = 0; ic < m; ic += MS) {
        int ms = Math.min(MS, m - ic);
        if (lower && ic + ms - 1 < jc) continue;
        for (int pc = 0; pc < k; pc += KC) {
          int kc = Math.min(KC, k - pc);
          block(kern, alpha, a, b, c, cOff, ldc, lower, jc, nc, ic, ms, pc, kc, apk, bp, par);
        }
      }
    }
  }

  private static void block(MicroKernel kern, double alpha, View a, View b, double[] c, int cOff, int ldc,
                            boolean lower, int jc, int nc, int ic, int ms, int pc, int kc,
                            double[] ap, double[] bp, boolean par) {
    int bPanels = (nc + NR - 1) / NR, aPanels = (ms + MR - 1) / MR;
    int bChunks = (bPanels + 23) / 24, aChunks = (aPanels + 19) / 20;
    Parallel.forEach(bChunks + aChunks, par, t -> {
      if (t < bChunks) {
        for (int q = t * 24; q < Math.min(bPanels, t * 24 + 24); q++) packB(b, pc, kc, jc + q * NR, Math.min(NR, nc - q * NR), bp, q * NR * kc);
      } else {
        int t2 = t - bChunks;
        for (int q = t2 * 20; q < Math.min(aPanels, t2 * 20 + 20); q++) packA(a, ic + q * MR, Math.min(MR, ms - q * MR), pc, kc, ap, q * MR * kc);
      }
    });
    int rowTiles = (ms + MC - 1) / MC, colTiles = (nc + NT - 1) / NT;
    Parallel.forEach(rowTiles * colTiles, par, t -> {
      int i0 = (t / colTiles) * MC, j0 = (t % colTiles) * NT;
      int i1 = Math.min(ms, i0 + MC), j1 = Math.min(nc, j0 + NT);
      double[] scratch = new double[MR * NR];
      for (int jr = j0; jr < j1; jr += NR) {
        int nv = Math.min(NR, j1 - jr);
        for (int ir = i0; ir < i1; ir += MR) {
          if (lower && ic + ir + MR - 1 < jc + jr) continue;
          int mv = Math.min(MR, i1 - ir), at = cOff + (ic + ir) * ldc + jc + jr;
          if (mv == MR && nv == NR) kern.tile(ap, ir * kc, bp, jr * kc, kc, alpha, c, at, ldc);
          else kern.edge(ap, ir * kc, bp, jr * kc, kc, alpha, c, at, ldc, mv, nv, scratch);
        }
      }
    });
  }

  /** Packs rows i0..i0+mr of A, columns pc..pc+kc, into one MR-panel (zero rows beyond mr). */
  private static void packA(View a, int i0, int mr, int pc, int kc, double[] dst, int d) {
    double[] s = a.a();
    for (int r = 0; r < MR; r++) {
      if (r < mr) {
        int src = a.off() + (i0 + r) * a.rs() + pc * a.cs(), cs = a.cs();
        for (int p = 0; p < kc; p++) dst[d + p * MR + r] = s[src + p * cs];
      } else {
        for (int p = 0; p < kc; p++) dst[d + p * MR + r] = 0;
      }
    }
  }

  /** Packs rows pc..pc+kc of B, columns j0..j0+nr, into one NR-panel (zero columns beyond nr). */
  private static void packB(View b, int pc, int kc, int j0, int nr, double[] dst, int d) {
    double[] s = b.a();
    int rs = b.rs(), cs = b.cs();
    if (cs == 1 && nr == NR) {
      for (int p = 0; p < kc; p++) System.arraycopy(s, b.off() + (pc + p) * rs + j0, dst, d + p * NR, NR);
      return;
    }
    for (int j = 0; j < NR; j++) {
      if (j < nr) {
        int src = b.off() + pc * rs + (j0 + j) * cs;
        for (int p = 0; p < kc; p++) dst[d + p * NR + j] = s[src + p * rs];
      } else {
        for (int p = 0; p < kc; p++) dst[d + p * NR + j] = 0;
      }
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

  private static int roundUp(int x, int q) {
    return (x + q - 1) / q * q;
  }
}
