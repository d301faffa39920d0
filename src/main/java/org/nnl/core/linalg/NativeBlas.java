package org.nnl.core.linalg;

import static org.bytedeco.openblas.global.openblas.CblasLower;
import static org.bytedeco.openblas.global.openblas.CblasNoTrans;
import static org.bytedeco.openblas.global.openblas.CblasRowMajor;
import static org.bytedeco.openblas.global.openblas.CblasTrans;
import static org.bytedeco.openblas.global.openblas.LAPACK_ROW_MAJOR;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.openblas.global.openblas;

/**
 * The native backend's calls: OpenBLAS dgemm, dsyrk and dpotrf (row-major) on copies of the
 * operands in off-heap memory (one copy in, one out: faster than passing double[] through
 * JNI). Loaded only when {@link Backend} selects it. A view is passed to BLAS as stored when
 * its column stride is 1 (leading dimension = row stride), transposed when its row stride is 1.
 */
final class NativeBlas {
  private NativeBlas() {}

  /** Loads the library and checks one 2×2 product against its exact value. */
  static void selfTest() {
    double[] a = {1, 2, 3, 4}, c = new double[4];
    gemm(1, new View(a, 0, 2, 1, 2, 2), new View(a, 0, 2, 1, 2, 2), c, 0, 2, false);
    if (c[0] != 7 || c[1] != 10 || c[2] != 15 || c[3] != 22) throw new IllegalStateException("OpenBLAS self-test failed");
  }

  /** C += alpha·A·B as {@link Gemm#run} (lower: dsyrk when B = Aᵀ); false if a view has no BLAS layout. */
  static boolean gemm(double alpha, View a, View b, double[] c, int cOff, int ldc, boolean lower) {
    int m = a.rows(), n = b.cols(), k = a.cols();
    Layout la = Layout.of(a), lb = Layout.of(b);
    if (la == null || lb == null) return false;
    int cLen = (m - 1) * ldc + n;
    boolean syrk = lower && a.a() == b.a() && a.off() == b.off() && a.rs() == b.cs() && a.cs() == b.rs();
    try (DoublePointer pa = la.copy(a); DoublePointer pb = syrk ? null : lb.copy(b);
         DoublePointer pc = new DoublePointer(cLen)) {
      pc.put(c, cOff, cLen);
      if (syrk) {
        openblas.cblas_dsyrk(CblasRowMajor, CblasLower, la.trans ? CblasTrans : CblasNoTrans, m, k, alpha, pa, la.ld, 1, pc, ldc);
      } else {
        openblas.cblas_dgemm(CblasRowMajor, la.trans ? CblasTrans : CblasNoTrans, lb.trans ? CblasTrans : CblasNoTrans,
            m, n, k, alpha, pa, la.ld, pb, lb.ld, 1, pc, ldc);
      }
      pc.get(c, cOff, cLen);
    }
    return true;
  }

  /** Overwrites the lower triangle of the n×n row-major {@code a} with L (dpotrf); false if not positive definite. */
  static boolean potrfLower(double[] a, int n) {
    try (DoublePointer p = new DoublePointer((long) n * n)) {
      p.put(a, 0, n * n);
      int info = openblas.LAPACKE_dpotrf(LAPACK_ROW_MAJOR, (byte) 'L', n, p, n);
      if (info != 0) return false;
      p.get(a, 0, n * n);
    }
    return true;
  }

  /** How a view is handed to BLAS: as stored or transposed, with its leading dimension. */
  private record Layout(boolean trans, int ld, int span) {
    static Layout of(View v) {
      int r = v.rows(), c = v.cols();
      if (v.cs() == 1 && (r == 1 || v.rs() >= c)) return new Layout(false, Math.max(v.rs(), c), (r - 1) * v.rs() + c);
      if (v.rs() == 1 && (c == 1 || v.cs() >= r)) return new Layout(true, Math.max(v.cs(), r), (c - 1) * v.cs() + r);
      return null;
    }

    DoublePointer copy(View v) {
      DoublePointer p = new DoublePointer(span);
      p.put(v.a(), v.off(), span);
      return p;
    }
  }
}
