package org.nnl.core.linalg;

/**
 * The innermost loop of the blocked product: C[MR×NR] += alpha·(Σ_p a_p b_pᵀ) over one packed
 * A panel (MR values per p) and one packed B panel (NR values per p). For each entry the sum is
 * the fused chain acc ← fma(a_ip, b_pj, acc) from acc = 0 in increasing p, then
 * c ← fma(acc, alpha, c); both implementations perform exactly these operations, so their
 * results are bit-identical.
 */
abstract class MicroKernel {
  static final int MR = 4;
  static final int NR = 12;

  /** A short name of the implementation, for {@link Linalg#kernelName()}. */
  abstract String name();

  /**
   * Computes one MR×NR tile of which only the top-left {@code mv}×{@code nv} entries exist in C
   * (the packed panels are zero-padded); C entry (r, j) is {@code c[cOff + r·ldc + j]}.
   */
  abstract void tile(double[] ap, int aOff, double[] bp, int bOff, int kc,
                     double alpha, double[] c, int cOff, int ldc, int mv, int nv);

  /** Adds the MR×NR accumulators {@code acc} (row-major) into the existing part of C. */
  static void addInto(double[] acc, double alpha, double[] c, int cOff, int ldc, int mv, int nv) {
    for (int r = 0; r < mv; r++) {
      int row = cOff + r * ldc;
      for (int j = 0; j < nv; j++) c[row + j] = Math.fma(acc[r * NR + j], alpha, c[row + j]);
    }
  }
}
