package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.Progress;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Cholesky;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;

/**
 * polyreg(degree: k, ridge: λ): least squares over all polynomials of total degree ≤ k in d
 * variables, in the orthonormal Hermite tensor basis ({@link HermiteFeatures}, p = C(d+k, k)).
 * Minimizes (1/n)Σ‖c·φ(x_i) − y_i‖² + λ‖c‖², i.e. solves (G + λI)c = b with G = ΦᵀΦ/n and
 * b = ΦᵀY/n accumulated over row blocks ({@link NormalEquations}), by Cholesky.
 * The default ridge is λ = 1e-10·tr(G)/p (relative to the mean diagonal, which is ≈ 1 in this
 * basis): it makes the rank-deficient designs of the sphere (Σ x_j² = d) solvable while
 * changing an exactly representable fit by about 1e-10. ridge: 0 asks for plain least squares.
 * The effective dimension is Σ μ_i/(μ_i + λ) over the eigenvalues μ_i of G, computed as
 * p − λ·tr((G + λI)⁻¹).
 */
public final class PolyReg implements Learner {
  /** The default relative ridge. */
  public static final double RELATIVE_RIDGE = 1e-10;

  /** Below this pivot ratio (≈ 1/cond) an unregularized system counts as singular. */
  static final double SINGULAR = 1e-13;

  private final int degree;
  private final Double ridge;

  /** {@code ridge} null means the default relative ridge. */
  public PolyReg(int degree, Double ridge) {
    InvalidRequestException.require(degree >= 0, "polyreg needs a degree of at least 0; got %d.", degree);
    InvalidRequestException.require(ridge == null || (ridge >= 0 && Double.isFinite(ridge)),
        "polyreg needs a ridge of at least 0; got %s.", ridge);
    this.degree = degree;
    this.ridge = ridge;
  }

  public PolyReg(int degree) {
    this(degree, null);
  }

  public int degree() {
    return degree;
  }

  @Override
  public PolyModel fit(DataSet data) {
    int d = data.dim();
    int n = data.size();
    long p = HermiteFeatures.count(d, degree);
    String design = String.format("polyreg(degree: %d) in %d variables has %s features", degree, d,
        p == Long.MAX_VALUE ? "too many" : Long.toString(p));
    double w = (double) p + data.y().cols;  // the accumulator [Φ Y]ᵀ[Φ Y] is w × w, its blocks rows × w
    MemoryGuard.requireDoubles(w * w + 2.0 * p * p + Math.min(n, blockRows(p)) * w,
        design + "; its " + p + "x" + p + " Gram matrix (with its factor)",
        "use a lower degree or fewer input variables");
    InvalidRequestException.require(n > 0, "polyreg needs at least one data point.");
    InvalidRequestException.require(ridge == null || ridge > 0 || n >= p,
        "%s but only %d data points: with ridge 0 the least-squares problem is ill-posed; give more points, a lower degree or a ridge (for example ridge: 1e-8).",
        design, n);
    HermiteFeatures basis = new HermiteFeatures(d, degree);
    NormalEquations eq = accumulate(basis, data);
    Mat g = eq.gram();
    Mat b = eq.rhs();
    for (int i = 0; i < g.data.length; i++) g.data[i] /= n;
    for (int i = 0; i < b.data.length; i++) b.data[i] /= n;
    double trace = 0;
    for (int i = 0; i < basis.size(); i++) trace += g.data[i * basis.size() + i];
    double lambda = ridge != null ? ridge : RELATIVE_RIDGE * trace / basis.size();
    Cholesky r = Cholesky.tryFactor(g, lambda);
    Mat c = r == null ? null : r.solve(b);
    if (r == null || (lambda == 0 && r.pivotRatio() < SINGULAR) || !finite(c)) {
      throw new InvalidRequestException(lambda == 0
          ? design + " and the " + n + " data points leave the least-squares system singular (some features are linearly dependent on these points); give a ridge, for example ridge: 1e-8."
          : design + " and the system with ridge " + lambda + " is numerically singular; give a larger ridge.");
    }
    double effective = lambda > 0 ? basis.size() - lambda * r.traceInverse() : basis.size();
    return new PolyModel(basis, c, n, lambda, effective);
  }

  static boolean finite(Mat m) {
    for (double v : m.data) if (!Double.isFinite(v)) return false;
    return true;
  }

  /** Rows per block: about 2^21 feature values (16 MiB) per block, at least 64 rows. */
  static int blockRows(long p) {
    return (int) Math.max(64, Math.min(1 << 14, (1L << 21) / Math.max(1, p)));
  }

  /** The normal equations over blocks [Φ Y] of {@link #blockRows} rows (one buffer, reused; the last block its own). */
  private static NormalEquations accumulate(HermiteFeatures basis, DataSet data) {
    int n = data.size(), p = basis.size(), m = data.y().cols;
    int block = blockRows(p);
    NormalEquations eq = new NormalEquations(p, m);
    int w = eq.width();
    Mat full = new Mat(Math.min(n, block), w);
    Progress progress = Progress.current();
    progress.start("polyreg(degree: " + basis.degree() + ")", n);
    try {
      for (int from = 0; from < n; from += block) {
        Progress.checkInterrupted();
        int to = Math.min(n, from + block);
        Mat aug = to - from == full.rows ? full : new Mat(to - from, w);
        basis.fill(data.x(), from, to, aug.data, w);
        for (int r = from; r < to; r++) System.arraycopy(data.y().data, r * m, aug.data, (r - from) * w + p, m);
        eq.add(aug);
        progress.advance(to);
      }
    } finally {
      progress.finish();
    }
    return eq;
  }

  static Mat rows(Mat a, int from, int to) {
    Mat r = new Mat(to - from, a.cols);
    System.arraycopy(a.data, from * a.cols, r.data, 0, r.data.length);
    return r;
  }

  @Override
  public String toString() {
    return "polyreg(degree: " + degree + (ridge == null ? "" : ", ridge: " + ridge) + ")";
  }
}
