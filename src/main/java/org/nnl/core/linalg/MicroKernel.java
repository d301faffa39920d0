package org.nnl.core.linalg;

/**
 * The innermost loop of the blocked product: C[MR×NR] += alpha·(Σ_p a_p b_pᵀ) over one packed
 * A panel (MR values per p) and one packed B panel (NR values per p). For each entry the sum is
 * the fused chain acc ← fma(a_ip, b_pj, acc) from acc = 0 in increasing p, then
 * c ← fma(acc, alpha, c); both implementations perform exactly these operations, so their
 * results are bit-identical.
 */
abstract class MicroKernel {
  static final int MR = 6;
  static final int NR = 8;

  /** A short name of the implementation, for {@link Linalg#kernelName()}. */
  abstract String name();

  /**
   * Computes one full MR×NR tile: C entry (r, j) is {@code c[cOff + r·ldc + j]}. (Edge tiles go
   * through a scratch tile, see {@link #edge}: keeping that branch out of this method keeps the
   * twelve accumulators in registers.)
   */
  abstract void tile(double[] ap, int aOff, double[] bp, int bOff, int kc,
                     double alpha, double[] c, int cOff, int ldc);

  /**
   * A tile of which only the top-left {@code mv}×{@code nv} entries exist in C: computed into
   * {@code scratch} filled with −0.0 (so that fma(acc, 1, −0.0) = acc exactly), then added.
   */
  final void edge(double[] ap, int aOff, double[] bp, int bOff, int kc, double alpha,
                  double[] c, int cOff, int ldc, int mv, int nv, double[] scratch) {
    java.util.Arrays.fill(scratch, -0.0);
    tile(ap, aOff, bp, bOff, kc, 1, scratch, 0, NR);
    addInto(scratch, alpha, c, cOff, ldc, mv, nv);
  }

  /** Adds the MR×NR accumulators {@code acc} (row-major) into the existing part of C. */
  static void addInto(double[] acc, double alpha, double[] c, int cOff, int ldc, int mv, int nv) {
    for (int r = 0; r < mv; r++) {
      int row = cOff + r * ldc;
      for (int j = 0; j < nv; j++) c[row + j] = Math.fma(acc[r * NR + j], alpha, c[row + j]);
    }
  }
}
