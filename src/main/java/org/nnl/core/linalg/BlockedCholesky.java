package org.nnl.core.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.decomposition.chol.CholeskyDecompositionInner_DDRM;
import org.ejml.dense.row.decomposition.TriangularSolver_DDRM;

/**
 * Right-looking blocked Cholesky in place. For each block column j of width NB:
 * L11 = chol(A11) (EJML), L21 = A21·L11⁻ᵀ and A22 ← A22 − L21·L21ᵀ (lower triangle) on the
 * fast product kernel. Hand-written because EJML's own blocked Cholesky runs its updates on
 * its plain kernels (5× slower than scipy at n = 2000); the per-block work stays EJML's.
 */
final class BlockedCholesky {
  static final int NB = 128;

  private BlockedCholesky() {}

  /** Overwrites the n×n row-major {@code a} with L (zero above the diagonal); false if not positive definite. */
  static boolean factorLower(double[] a, int n) {
    if (Backend.isNative()) {
      if (!NativeBlas.potrfLower(a, n)) return false;
      return finishLower(a, n);
    }
    CholeskyDecompositionInner_DDRM inner = new CholeskyDecompositionInner_DDRM(true);
    for (int j = 0; j < n; j += NB) {
      int nb = Math.min(NB, n - j);
      DMatrixRMaj d = new DMatrixRMaj(nb, nb);
      for (int r = 0; r < nb; r++)
        for (int c = 0; c <= r; c++) {
          double v = a[(j + r) * n + j + c];
          d.data[r * nb + c] = v;
          d.data[c * nb + r] = v;
        }
      if (!inner.decompose(d)) return false;
      DMatrixRMaj l11 = inner.getT(null);
      for (int r = 0; r < nb; r++) {
        if (!(l11.data[r * nb + r] > 0) || !Double.isFinite(l11.data[r * nb + r])) return false;
        for (int c = 0; c <= r; c++) a[(j + r) * n + j + c] = l11.data[r * nb + c];
      }
      int rest = n - j - nb;
      if (rest == 0) break;
      TriangularSolver_DDRM.invertLower(l11.data, nb);
      View a21 = new View(a, (j + nb) * n + j, n, 1, rest, nb);
      Mat l21 = new Mat(rest, nb);
      Gemm.product(1, a21, new View(l11.data, 0, 1, nb, nb, nb), l21.data, 0, nb, false);
      for (int r = 0; r < rest; r++) System.arraycopy(l21.data, r * nb, a, (j + nb + r) * n + j, nb);
      Gemm.product(-1, View.of(l21), View.transposed(l21), a, (j + nb) * n + j + nb, n, true);
    }
    return finishLower(a, n);
  }

  /** Zeros the upper triangle; false unless every pivot L_ii is finite. */
  private static boolean finishLower(double[] a, int n) {
    for (int r = 0; r < n; r++)
      for (int c = r + 1; c < n; c++) a[r * n + c] = 0;
    for (int r = 0; r < n; r++) if (!Double.isFinite(a[r * n + r])) return false;
    return true;
  }
}
