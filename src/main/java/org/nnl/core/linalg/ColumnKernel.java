package org.nnl.core.linalg;

/**
 * The micro-kernel for products with one column (matrix times vector, C = A·x): an 8×1 block of
 * eight independent scalar fma chains over the packed A panel, instead of a wide vector block
 * of which only one column would be used. Same operations in the same order as every kernel.
 */
final class ColumnKernel extends MicroKernel {
  static final ColumnKernel INSTANCE = new ColumnKernel();

  private ColumnKernel() {
    super(8, 1);
  }

  @Override
  String name() {
    return "column kernel (8x1, Math.fma)";
  }

  @Override
  void tile(double[] ap, int aOff, double[] bp, int bOff, int kc, double alpha, double[] c, int cOff, int ldc) {
    double c0 = 0, c1 = 0, c2 = 0, c3 = 0, c4 = 0, c5 = 0, c6 = 0, c7 = 0;
    for (int p = 0, pa = aOff; p < kc; p++, pa += 8) {
      double b = bp[bOff + p];
      c0 = Math.fma(ap[pa], b, c0);
      c1 = Math.fma(ap[pa + 1], b, c1);
      c2 = Math.fma(ap[pa + 2], b, c2);
      c3 = Math.fma(ap[pa + 3], b, c3);
      c4 = Math.fma(ap[pa + 4], b, c4);
      c5 = Math.fma(ap[pa + 5], b, c5);
      c6 = Math.fma(ap[pa + 6], b, c6);
      c7 = Math.fma(ap[pa + 7], b, c7);
    }
    c[cOff] = Math.fma(c0, alpha, c[cOff]);
    c[cOff + ldc] = Math.fma(c1, alpha, c[cOff + ldc]);
    c[cOff + 2 * ldc] = Math.fma(c2, alpha, c[cOff + 2 * ldc]);
    c[cOff + 3 * ldc] = Math.fma(c3, alpha, c[cOff + 3 * ldc]);
    c[cOff + 4 * ldc] = Math.fma(c4, alpha, c[cOff + 4 * ldc]);
    c[cOff + 5 * ldc] = Math.fma(c5, alpha, c[cOff + 5 * ldc]);
    c[cOff + 6 * ldc] = Math.fma(c6, alpha, c[cOff + 6 * ldc]);
    c[cOff + 7 * ldc] = Math.fma(c7, alpha, c[cOff + 7 * ldc]);
  }
}
