package org.nnl.core.linalg;

/**
 * The portable micro-kernel (plain Java, {@link Math#fma}), with any register block: used when
 * the JVM was started without {@code --add-modules jdk.incubator.vector} or the CPU has no
 * vector unit. Same operations in the same order as the vector kernels, hence the same bits,
 * only slower.
 */
final class ScalarKernel extends MicroKernel {
  ScalarKernel(int mr, int nr) {
    super(mr, nr);
  }

  /** The fallback's default block, 6×8. */
  ScalarKernel() {
    this(6, 8);
  }

  @Override
  String name() {
    return "scalar blocked kernel (" + mr + "x" + nr + ", Math.fma)";
  }

  @Override
  void tile(double[] ap, int aOff, double[] bp, int bOff, int kc,
            double alpha, double[] c, int cOff, int ldc) {
    double[] acc = new double[mr * nr];
    for (int p = 0; p < kc; p++) {
      int pa = aOff + p * mr;
      int pb = bOff + p * nr;
      for (int r = 0; r < mr; r++) {
        double a = ap[pa + r];
        int row = r * nr;
        for (int j = 0; j < nr; j++) acc[row + j] = Math.fma(a, bp[pb + j], acc[row + j]);
      }
    }
    for (int r = 0; r < mr; r++) {
      int row = cOff + r * ldc;
      for (int j = 0; j < nr; j++) c[row + j] = Math.fma(acc[r * nr + j], alpha, c[row + j]);
    }
  }
}
