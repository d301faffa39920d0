package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.Parallel;
import org.nnl.core.linalg.Mat;

/**
 * The orthonormal Hermite tensor basis of the polynomials of total degree ≤ k on R^d:
 * φ_α(x) = Π_j h_{α_j}(x_j), |α| ≤ k, with h_n = He_n/√n! (so E φ_α(X)φ_β(X) = δ_αβ for
 * X ~ N(0, I_d)). There are C(d + k, k) features, in graded order (the constant first, then
 * the d linear ones, ...). Each feature α ≠ 0 is its parent (α without its last non-zero
 * variable j) times h_{α_j}(x_j), so a row costs one multiplication per feature after the
 * three-term recurrence h_{n+1}(t) = (t·h_n(t) − √n·h_{n−1}(t)) / √(n+1).
 */
public final class HermiteFeatures {
  /** Rows per parallel piece (a fixed decomposition: results do not depend on the thread count). */
  private static final int ROW_BLOCK = 16;
  private final int dim;
  private final int degree;
  private final int[] parent;
  private final int[] variable;
  private final int[] power;

  /** The basis for d = {@code dim} variables and total degree ≤ {@code degree}. */
  public HermiteFeatures(int dim, int degree) {
    InvalidRequestException.require(dim >= 1, "Polynomial features need at least one input variable; got dimension %d.", dim);
    InvalidRequestException.require(degree >= 0, "The degree of a polynomial must be at least 0; got %d.", degree);
    long p = count(dim, degree);
    InvalidRequestException.require(p <= 1_000_000,
        "Polynomials of degree %d in %d variables have %s features, more than a dense design can hold; use a lower degree.",
        degree, dim, p == Long.MAX_VALUE ? "too many" : Long.toString(p));
    this.dim = dim;
    this.degree = degree;
    int n = (int) p;
    parent = new int[n];
    variable = new int[n];
    power = new int[n];
    int[] total = new int[n];
    int[] last = new int[n];
    parent[0] = -1;
    last[0] = -1;
    int size = 1;
    for (int m = 1; m <= degree; m++) {
      int before = size;
      for (int g = 0; g < before; g++) {
        int q = m - total[g];
        for (int j = last[g] + 1; j < dim; j++) {
          parent[size] = g;
          variable[size] = j;
          power[size] = q;
          total[size] = m;
          last[size] = j;
          size++;
        }
      }
    }
    if (size != n) throw new IllegalStateException("feature count " + size + " != C(d+k, k) = " + n);
  }

  /** C(d + k, k), the number of polynomials of total degree ≤ k in d variables (Long.MAX_VALUE on overflow). */
  public static long count(long d, int k) {
    double approx = 1;
    long c = 1;
    for (int i = 1; i <= k; i++) {
      approx = approx * (d + i) / i;
      if (approx > 9e15) return Long.MAX_VALUE;
      c = c * (d + i) / i;
    }
    return c;
  }

  public int dim() {
    return dim;
  }

  public int degree() {
    return degree;
  }

  /** The number of features, C(d + k, k). */
  public int size() {
    return parent.length;
  }

  /** The multi-index α of feature {@code f} (length d). */
  public int[] multiIndex(int f) {
    int[] alpha = new int[dim];
    for (int g = f; g > 0; g = parent[g]) alpha[variable[g]] = power[g];
    return alpha;
  }

  /** Φ[r, f] = φ_f(x_{from + r}) for rows from..to−1 of {@code x}: a (to − from) × p matrix. */
  public Mat features(Mat x, int from, int to) {
    Mat phi = new Mat(to - from, size());
    fill(x, from, to, phi.data, size());
    return phi;
  }

  /**
   * Writes φ_f(x_{from + r}) to {@code out[r·ld + f]} for r &lt; to − from and f &lt; p (the
   * entries from p to ld − 1 of each row are left alone): the rows of {@link #features} inside
   * a wider matrix.
   */
  public void fill(Mat x, int from, int to, double[] out, int ld) {
    InvalidRequestException.require(x.cols == dim,
        "The polynomial features are in %d variables; got points of dimension %d.", dim, x.cols);
    Parallel.forBlocks(to - from, ROW_BLOCK, (lo, hi) -> {
      for (int r = lo; r < hi; r++) fillRow(x.data, (from + r) * dim, out, r * ld);
    });
  }

  private void fillRow(double[] x, int xOff, double[] out, int off) {
    int k1 = degree + 1;
    double[] h = new double[dim * k1];
    for (int j = 0; j < dim; j++) {
      double t = x[xOff + j];
      int b = j * k1;
      h[b] = 1;
      if (degree >= 1) h[b + 1] = t;
      for (int n = 1; n < degree; n++) h[b + n + 1] = (t * h[b + n] - Math.sqrt(n) * h[b + n - 1]) / Math.sqrt(n + 1);
    }
    out[off] = 1;
    for (int f = 1; f < parent.length; f++) out[off + f] = out[off + parent[f]] * h[variable[f] * k1 + power[f]];
  }
}
