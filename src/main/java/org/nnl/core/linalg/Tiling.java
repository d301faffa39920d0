package org.nnl.core.linalg;

import org.nnl.core.Parallel;

/**
 * One K-block of {@link Gemm}: packs the B block (KC × nc, in nr-wide panels) and the A block
 * (ms × KC, in mr-high panels), then runs the micro-kernel over fixed output tiles of
 * {@link #mc} × {@link #nt} entries in parallel. Inside a tile the A panel (mr × KC, 16 KiB at
 * most) stays in L1 while the tile's B panels (KC × nt) stay in L2: nt is sized to half the L2
 * cache of this machine. Tile sizes change only the speed, never the bits (see {@link Gemm}).
 */
final class Tiling {
  /** L2 bytes per core as the OS reports it (1 MiB when unknown). */
  static final long L2 = L2Size.bytes();

  private final MicroKernel kern;
  private final int mc;
  private final int nt;
  private final boolean par;
  /** Where the packed B panels start in their buffer (its first cache line: CacheLineOffset). */
  private final int b0;

  Tiling(MicroKernel kern, boolean par, int b0) {
    this.kern = kern;
    this.par = par;
    this.b0 = b0;
    this.mc = kern.mr * Math.max(1, 96 / kern.mr);
    int panels = (int) Math.max(2, Math.min(512 / kern.nr, L2 / 2 / (8L * Gemm.KC * kern.nr)));
    this.nt = kern.nr * panels;
  }

  void block(double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower,
             int jc, int nc, int ic, int ms, int pc, int kc, double[] ap, double[] bp) {
    int mr = kern.mr, nr = kern.nr;
    int bPanels = (nc + nr - 1) / nr, aPanels = (ms + mr - 1) / mr;
    int bPer = Math.max(1, 192 / nr), aPer = Math.max(1, 96 / mr);
    int bChunks = (bPanels + bPer - 1) / bPer, aChunks = (aPanels + aPer - 1) / aPer;
    Parallel.forEach(bChunks + aChunks, par, t -> {
      if (t < bChunks) {
        int q0 = t * bPer, q1 = Math.min(bPanels, t * bPer + bPer);
        if (b.cs() == 1) {
          // Row-major B: the chunk's panels row by row (each row of B read once, left to right).
          packRows(b, pc, kc, jc + q0 * nr, Math.min(nc, q1 * nr) - q0 * nr, nr, bp, b0 + q0 * nr * kc);
        } else {
          for (int q = q0; q < q1; q++) {
            packB(b, pc, kc, jc + q * nr, Math.min(nr, nc - q * nr), nr, bp, b0 + q * nr * kc);
          }
        }
      } else {
        int t2 = t - bChunks;
        for (int q = t2 * aPer; q < Math.min(aPanels, t2 * aPer + aPer); q++) {
          packA(a, ic + q * mr, Math.min(mr, ms - q * mr), mr, pc, kc, ap, q * mr * kc);
        }
      }
    });
    int rowTiles = (ms + mc - 1) / mc;
    // Short, wide products (an SGD batch: 64 rows) get narrower tiles, at least 8 in all, so
    // that two or four threads share them evenly; the tiling never changes the bits.
    int want = (8 + rowTiles - 1) / rowTiles;
    // A shallow block whose packed B fits in half the L2 (k = 32: 8192×32×1024) takes whole
    // rows: each mr-row strip of C is then whole rows of the block (of a whole matrix: one
    // contiguous run of memory), which the prefetchers stream (JMH multAdd 8192×32×1024 on the
    // AVX-512 Xeon, alternating: 5.28–5.35 ms against 5.96–6.22 with 504-column tiles; mult
    // 12.6–12.8 against 13.5–13.8).
    boolean wholeRows = want == 1 && 8L * kc * Gemm.roundUp(nc, kern.nr) <= L2 / 2;
    int width = wholeRows ? Gemm.roundUp(nc, kern.nr)
        : Math.max(kern.nr, Math.min(nt, Gemm.roundUp((nc + want - 1) / want, kern.nr)));
    int colTiles = (nc + width - 1) / width;
    Parallel.forEach(rowTiles * colTiles, par, t -> {
      int i0 = (t / colTiles) * mc, j0 = (t % colTiles) * width;
      int i1 = Math.min(ms, i0 + mc), j1 = Math.min(nc, j0 + width);
      double[] scratch = null;
      for (int ir = i0; ir < i1; ir += mr) {
        int mv = Math.min(mr, i1 - ir);
        for (int jr = j0; jr < j1; jr += nr) {
          if (lower && ic + ir + mr - 1 < jc + jr) break;
          int nv = Math.min(nr, j1 - jr), at = cOff + (ic + ir) * ldc + jc + jr;
          if (mv == mr && nv == nr) {
            kern.tile(ap, ir * kc, bp, b0 + jr * kc, kc, alpha, c, at, ldc);
          } else {
            if (scratch == null) scratch = new double[mr * nr];
            kern.edge(ap, ir * kc, bp, b0 + jr * kc, kc, alpha, c, at, ldc, mv, nv, scratch);
          }
        }
      }
    });
  }

  /** Packs rows i0..i0+rows of A, columns pc..pc+kc, into one mr-panel (zero rows beyond). */
  private static void packA(View a, int i0, int rows, int mr, int pc, int kc, double[] dst, int d) {
    double[] s = a.a();
    int cs = a.cs();
    if (a.rs() == 1 && rows == mr) {
      // A transposed view (the Gram product ΦᵀΦ): the mr values of one p are adjacent.
      int src = a.off() + i0 + pc * cs;
      for (int p = 0; p < kc; p++) System.arraycopy(s, src + p * cs, dst, d + p * mr, mr);
      return;
    }
    panel(s, a.off() + i0 * a.rs() + pc * cs, a.rs(), cs, rows, mr, kc, dst, d);
  }

  /**
   * Packs rows pc..pc+kc of a row-major B (column stride 1), columns j0..j0+cols, into
   * ⌈cols/nr⌉ nr-panels (the last one zero beyond cols): for each row p, its panels' pieces in
   * turn, so B is read sequentially (one System.arraycopy of nr values per panel and row was
   * about twice as slow, and the strided {@link #panel} loop for a partial last panel took 3 % of
   * a 1000³ product).
   */
  private static void packRows(View b, int pc, int kc, int j0, int cols, int nr, double[] dst, int d) {
    double[] s = b.a();
    int step = nr * kc, whole = cols / nr, rem = cols - whole * nr;
    for (int p = 0; p < kc; p++) {
      int src = b.off() + (pc + p) * b.rs() + j0, o = d + p * nr;
      for (int q = 0; q < whole; q++, o += step, src += nr) {
        for (int j = 0; j < nr; j++) dst[o + j] = s[src + j];
      }
      if (rem > 0) {
        for (int j = 0; j < rem; j++) dst[o + j] = s[src + j];
        for (int j = rem; j < nr; j++) dst[o + j] = 0;
      }
    }
  }

  /** Packs rows pc..pc+kc of B (any layout but row-major), columns j0..j0+cols, into one nr-panel (zero columns beyond). */
  private static void packB(View b, int pc, int kc, int j0, int cols, int nr, double[] dst, int d) {
    panel(b.a(), b.off() + pc * b.rs() + j0 * b.cs(), b.cs(), b.rs(), cols, nr, kc, dst, d);
  }

  /**
   * The general packing: dst[d + p·w + r] = s[src + r·stride + p·step] for the {@code cnt}
   * lines r < cnt of a panel of width w, 0 for cnt ≤ r < w. When step is 1 (each line
   * contiguous in p: a row-major A, a transposed B), eight (or a 6-wide panel's six) lines at a
   * time with p outermost, so the stores are sequential (about twice as fast as one line at a time).
   */
  private static void panel(double[] s, int src, int stride, int step, int cnt, int w, int kc, double[] dst, int d) {
    int r = 0;
    if (step == 1) {
      // Groups of g lines: eight at a time, or the six of a full 6-wide panel (the A panel of the
      // 6-row register blocks); g is fixed inside a group's loop, so the JIT unswitches its test.
      for (int g; (g = cnt - r >= 8 ? 8 : w == 6 && cnt - r == 6 ? 6 : 0) > 0; r += g) {
        int q = src + r * stride;
        for (int p = 0, o = d + r; p < kc; p++, q++, o += w) {
          dst[o] = s[q];
          dst[o + 1] = s[q + stride];
          dst[o + 2] = s[q + 2 * stride];
          dst[o + 3] = s[q + 3 * stride];
          dst[o + 4] = s[q + 4 * stride];
          dst[o + 5] = s[q + 5 * stride];
          if (g == 8) {
            dst[o + 6] = s[q + 6 * stride];
            dst[o + 7] = s[q + 7 * stride];
          }
        }
      }
    }
    for (; r < w; r++) {
      if (r < cnt) {
        int q = src + r * stride;
        for (int p = 0; p < kc; p++) dst[d + p * w + r] = s[q + p * step];
      } else {
        for (int p = 0; p < kc; p++) dst[d + p * w + r] = 0;
      }
    }
  }
}
