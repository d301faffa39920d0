package org.nnl.core.linalg;

import java.util.Arrays;
import java.util.Comparator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.nnl.core.InvalidRequestException;

/**
 * A = V·diag(μ)·Vᵀ for symmetric A (EJML's symmetric QR algorithm), eigenvalues ascending,
 * eigenvectors orthonormal in the columns of V. Gives the effective dimension Σ μ_i/(μ_i + λ)
 * and minimum-norm solutions of rank-deficient symmetric systems.
 */
public final class SymmetricEigen {
  private final double[] values;
  private final Mat vectors;

  private SymmetricEigen(double[] values, Mat vectors) {
    this.values = values;
    this.vectors = vectors;
  }

  /** Eigenvalues and eigenvectors of symmetric {@code a} (not modified). */
  public static SymmetricEigen of(Mat a) {
    return decompose(a, true);
  }

  /** Eigenvalues only (ascending): several times faster than {@link #of}. */
  public static double[] values(Mat a) {
    return decompose(a, false).values;
  }

  private static SymmetricEigen decompose(Mat a, boolean vectors) {
    Ejml.requireSquare(a, "Eigendecomposition");
    int n = a.rows;
    if (vectors) MemoryGuard.requireDoubles(3.0 * n * n, "An eigendecomposition of a " + n + "x" + n + " matrix",
        "use fewer features");
    for (double v : a.data) {
      InvalidRequestException.require(Double.isFinite(v), "The %dx%d matrix has a non-finite entry; nothing to decompose.", n, n);
    }
    EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, vectors, true);
    if (n > 0 && !eig.decompose(Ejml.copy(a))) {
      throw new IllegalStateException("EJML's symmetric eigensolver did not converge for a " + n + "x" + n + " matrix");
    }
    Integer[] order = new Integer[n];
    double[] raw = new double[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
      raw[i] = eig.getEigenvalue(i).real;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> raw[i]));
    double[] values = new double[n];
    Mat v = vectors ? new Mat(n, n) : null;
    for (int c = 0; c < n; c++) {
      values[c] = raw[order[c]];
      if (vectors) {
        DMatrixRMaj vec = eig.getEigenVector(order[c]);
        for (int r = 0; r < n; r++) v.data[r * n + c] = vec.data[r];
      }
    }
    return new SymmetricEigen(values, v);
  }

  /** The eigenvalues μ_1 ≤ ... ≤ μ_n (a copy). */
  public double[] values() {
    return values.clone();
  }

  /** V, eigenvector i in column i (a copy). */
  public Mat vectors() {
    return vectors.copy();
  }

  /** Σ max(μ_i, 0)/(max(μ_i, 0) + λ); with λ = 0 the numerical rank at the default tolerance. */
  public double effectiveDimension(double lambda) {
    if (lambda == 0) return rank(defaultTolerance());
    double s = 0;
    for (double mu : values) {
      double m = Math.max(mu, 0);
      s += m / (m + lambda);
    }
    return s;
  }

  /** The number of eigenvalues above {@code tol}. */
  public int rank(double tol) {
    int r = 0;
    for (double mu : values) if (mu > tol) r++;
    return r;
  }

  /** n·ε·max|μ_i|: eigenvalues below this are numerically zero. */
  public double defaultTolerance() {
    double max = 0;
    for (double mu : values) max = Math.max(max, Math.abs(mu));
    return values.length * Math.ulp(1.0) * max;
  }

  /**
   * The minimum-norm solution X = Σ_{μ_i > tol} v_i v_iᵀ B / μ_i (the pseudo-inverse of A
   * applied to B); eigenvalues at or below {@code tol} are treated as zero.
   */
  public Mat solveMinNorm(Mat b, double tol) {
    int n = values.length;
    if (b.rows != n) throw new IllegalArgumentException("right side has " + b.rows + " rows, expected " + n);
    Mat vtb = Linalg.multTransA(vectors, b);
    for (int i = 0; i < n; i++) {
      double inv = values[i] > tol ? 1 / values[i] : 0;
      for (int c = 0; c < b.cols; c++) vtb.data[i * b.cols + c] *= inv;
    }
    return Linalg.mult(vectors, vtb);
  }

  /** {@link #solveMinNorm(Mat, double)} at {@link #defaultTolerance()}. */
  public Mat solveMinNorm(Mat b) {
    return solveMinNorm(b, defaultTolerance());
  }
}
