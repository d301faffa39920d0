package org.nnl.core.linalg;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The fast micro-kernel on the Vector API: a 4×12 register block (12 accumulators of
 * {@link DoubleVector#SPECIES_256}, three B vectors and one broadcast A value: the 16 AVX2
 * registers), one fused multiply-add per accumulator and step p. Loading this class fails with a
 * {@link LinkageError} when {@code jdk.incubator.vector} is absent; {@link Gemm} then uses
 * {@link ScalarKernel}.
 */
final class VectorKernel extends MicroKernel {
  private static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;

  VectorKernel() {
    if (S.length() != 4 || NR != 3 * S.length()) throw new IllegalStateException("unexpected vector shape");
  }

  @Override
  String name() {
    return "Vector API kernel (" + MR + "x" + NR + ", " + S + ", fma)";
  }

  @Override
  void tile(double[] ap, int aOff, double[] bp, int bOff, int kc,
            double alpha, double[] c, int cOff, int ldc, int mv, int nv) {
    DoubleVector c00 = DoubleVector.zero(S), c01 = c00, c02 = c00;
    DoubleVector c10 = c00, c11 = c00, c12 = c00;
    DoubleVector c20 = c00, c21 = c00, c22 = c00;
    DoubleVector c30 = c00, c31 = c00, c32 = c00;
    int pa = aOff;
    int pb = bOff;
    for (int p = 0; p < kc; p++, pa += MR, pb += NR) {
      DoubleVector b0 = DoubleVector.fromArray(S, bp, pb);
      DoubleVector b1 = DoubleVector.fromArray(S, bp, pb + 4);
      DoubleVector b2 = DoubleVector.fromArray(S, bp, pb + 8);
      DoubleVector a = DoubleVector.broadcast(S, ap[pa]);
      c00 = a.fma(b0, c00);
      c01 = a.fma(b1, c01);
      c02 = a.fma(b2, c02);
      a = DoubleVector.broadcast(S, ap[pa + 1]);
      c10 = a.fma(b0, c10);
      c11 = a.fma(b1, c11);
      c12 = a.fma(b2, c12);
      a = DoubleVector.broadcast(S, ap[pa + 2]);
      c20 = a.fma(b0, c20);
      c21 = a.fma(b1, c21);
      c22 = a.fma(b2, c22);
      a = DoubleVector.broadcast(S, ap[pa + 3]);
      c30 = a.fma(b0, c30);
      c31 = a.fma(b1, c31);
      c32 = a.fma(b2, c32);
    }
    if (mv == MR && nv == NR) {
      DoubleVector al = DoubleVector.broadcast(S, alpha);
      store(c00, c01, c02, al, c, cOff);
      store(c10, c11, c12, al, c, cOff + ldc);
      store(c20, c21, c22, al, c, cOff + 2 * ldc);
      store(c30, c31, c32, al, c, cOff + 3 * ldc);
    } else {
      double[] acc = new double[MR * NR];
      c00.intoArray(acc, 0); c01.intoArray(acc, 4); c02.intoArray(acc, 8);
      c10.intoArray(acc, 12); c11.intoArray(acc, 16); c12.intoArray(acc, 20);
      c20.intoArray(acc, 24); c21.intoArray(acc, 28); c22.intoArray(acc, 32);
      c30.intoArray(acc, 36); c31.intoArray(acc, 40); c32.intoArray(acc, 44);
      addInto(acc, alpha, c, cOff, ldc, mv, nv);
    }
  }

  /** c[row .. row+12) ← fma(acc, alpha, c), one row of the tile. */
  private static void store(DoubleVector x0, DoubleVector x1, DoubleVector x2, DoubleVector al,
                            double[] c, int row) {
    x0.fma(al, DoubleVector.fromArray(S, c, row)).intoArray(c, row);
    x1.fma(al, DoubleVector.fromArray(S, c, row + 4)).intoArray(c, row + 4);
    x2.fma(al, DoubleVector.fromArray(S, c, row + 8)).intoArray(c, row + 8);
  }
}
