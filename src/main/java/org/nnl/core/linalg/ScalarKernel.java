package org.nnl.core.linalg;

/**
 * The portable micro-kernel (plain Java, {@link Math#fma}): used when the JVM was started
 * without {@code --add-modules jdk.incubator.vector}. Same operations in the same order as
 * {@link VectorKernel}, hence the same bits, only slower.
 */
final class ScalarKernel extends MicroKernel {
  @Override
  String name() {
    return "scalar blocked kernel (" + MR + "x" + NR + ", Math.fma)";
  }

  @Override
  void tile(double[] ap, int aOff, double[] bp, int bOff, int kc,
            double alpha, double[] c, int cOff, int ldc) {
    double[] acc = new double[MR * NR];
    for (int p = 0; p < kc; p++) {
      int pa = aOff + p * MR;
      int pb = bOff + p * NR;
      for (int r = 0; r < MR; r++) {
        double a = ap[pa + r];
        int row = r * NR;
        for (int j = 0; j < NR; j++) acc[row + j] = Math.fma(a, bp[pb + j], acc[row + j]);
      }
    }
    addInto(acc, alpha, c, cOff, ldc, MR, NR);
  }
}
