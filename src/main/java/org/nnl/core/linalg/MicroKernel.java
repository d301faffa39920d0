package org.nnl.core.linalg;

import java.util.Arrays;

/**
 * The innermost loop of the blocked product: C[mr×nr] += alpha·(Σ_p a_p b_pᵀ) over one packed
 * A panel (mr values per p) and one packed B panel (nr values per p). For each entry the sum is
 * the fused chain acc ← fma(a_ip, b_pj, acc) from acc = 0 in increasing p, then
 * c ← fma(acc, alpha, c). Every implementation performs exactly these operations whatever its
 * register block mr×nr, so all of them give bit-identical results; only the speed differs.
 */
abstract class MicroKernel {
  /** Rows of the register block (A values broadcast per step p). */
  final int mr;
  /** Columns of the register block (B values loaded per step p; a multiple of the vector length). */
  final int nr;

  MicroKernel(int mr, int nr) {
    this.mr = mr;
    this.nr = nr;
  }

  /** A short name of the implementation, for {@link Linalg#kernelName()}. */
  abstract String name();

  /**
   * Computes one full mr×nr tile: C entry (r, j) is {@code c[cOff + r·ldc + j]}. (Edge tiles go
   * through a scratch tile, see {@link #edge}: keeping that branch out of this method keeps the
   * accumulators in registers.)
   */
  abstract void tile(double[] ap, int aOff, double[] bp, int bOff, int kc,
                     double alpha, double[] c, int cOff, int ldc);

  /**
   * A tile of which only the top-left {@code mv}×{@code nv} entries exist in C: computed into
   * {@code scratch} (mr·nr entries) filled with −0.0 (so that fma(acc, 1, −0.0) = acc exactly),
   * then added.
   */
  final void edge(double[] ap, int aOff, double[] bp, int bOff, int kc, double alpha,
                  double[] c, int cOff, int ldc, int mv, int nv, double[] scratch) {
    Arrays.fill(scratch, -0.0);
    tile(ap, aOff, bp, bOff, kc, 1, scratch, 0, nr);
    for (int r = 0; r < mv; r++) {
      int row = cOff + r * ldc;
      for (int j = 0; j < nv; j++) c[row + j] = Math.fma(scratch[r * nr + j], alpha, c[row + j]);
    }
  }
}
