package org.nnl.core.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Small square matrices (k × k, k a few dozen at most) through EJML: singular values and the
 * inverse. Neither method modifies its argument.
 */
public final class SmallSquare {
  private SmallSquare() {}

  /** σ_1 ≥ … ≥ σ_k ≥ 0, the singular values of {@code a} (EJML's SVD, values only), largest first. */
  public static double[] singularValues(Mat a) {
    Ejml.requireSquare(a, "singularValues");
    SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(a.rows, a.cols, false, false, true);
    if (!svd.decompose(Ejml.copy(a))) throw new IllegalStateException("EJML's SVD did not converge on a " + a.rows + "x" + a.cols + " matrix");
    double[] s = svd.getSingularValues().clone();
    double[] out = new double[a.rows];
    System.arraycopy(s, 0, out, 0, Math.min(s.length, out.length));
    java.util.Arrays.sort(out);
    for (int i = 0; i < out.length / 2; i++) {
      double t = out[i];
      out[i] = out[out.length - 1 - i];
      out[out.length - 1 - i] = t;
    }
    return out;
  }

  /** A⁻¹ by EJML's LU; the caller has checked that A is well conditioned (its σ_min). */
  public static Mat inverse(Mat a) {
    Ejml.requireSquare(a, "inverse");
    DMatrixRMaj inv = Ejml.copy(a);
    if (!CommonOps_DDRM.invert(inv)) throw new IllegalStateException("a singular " + a.rows + "x" + a.cols + " matrix");
    return Ejml.mat(inv);
  }
}
