package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.Progress;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Cholesky;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;

/**
 * kernelreg(kernel: K, ridge: λ): kernel ridge regression. With the same convention as
 * {@link PolyReg} (ridge λ against the mean squared loss), it solves (K + nλI)α = Y by
 * Cholesky and predicts f(z) = Σ_i K(z, x_i) α_i. The default ridge is
 * λ = 1e-10·tr(K)/n, relative to the mean diagonal of K. The n × n Gram matrix is refused
 * before allocation when it (with its factor) would not fit in memory.
 */
public final class KernelReg implements Learner {
  private final Kernel kernel;
  private final Double ridge;

  /** {@code ridge} null means the default relative ridge. */
  public KernelReg(Kernel kernel, Double ridge) {
    InvalidRequestException.require(kernel != null, "kernelreg needs a kernel, for example poly(degree: 3).");
    InvalidRequestException.require(ridge == null || (ridge >= 0 && Double.isFinite(ridge)),
        "kernelreg needs a ridge of at least 0; got %s.", ridge);
    this.kernel = kernel;
    this.ridge = ridge;
  }

  public Kernel kernel() {
    return kernel;
  }

  @Override
  public KernelModel fit(DataSet data) {
    int n = data.size();
    InvalidRequestException.require(n > 0, "kernelreg needs at least one data point.");
    MemoryGuard.requireDoubles(3.0 * n * n,
        "kernelreg on " + n + " points: its " + n + "x" + n + " Gram matrix (with its factor)",
        "use fewer samples, or polyreg, whose memory does not grow with the sample size");
    kernel.checkDim(data.dim());
    Progress progress = Progress.current();
    progress.start(toString(), 2);
    try {
      Mat k = kernel.gram(data.x(), data.x());
      progress.advance(1);
      Progress.checkInterrupted();
      double trace = 0;
      for (int i = 0; i < n; i++) trace += k.data[i * n + i];
      double lambda = ridge != null ? ridge : PolyReg.RELATIVE_RIDGE * trace / n;
      Cholesky r = Cholesky.tryFactor(k, n * lambda);
      Mat alpha = r == null ? null : r.solve(data.y());
      if (r == null || (lambda == 0 && r.pivotRatio() < PolyReg.SINGULAR) || !PolyReg.finite(alpha)) {
        throw new InvalidRequestException(lambda == 0
            ? "The " + n + "x" + n + " Gram matrix of " + kernel + " is singular on these points (repeated points, or more points than the kernel's features); give a ridge, for example ridge: 1e-8."
            : "The Gram matrix of " + kernel + " with ridge " + lambda + " is numerically singular; give a larger ridge.");
      }
      progress.advance(2);
      return new KernelModel(kernel, data.x().copy(), alpha, lambda);
    } finally {
      progress.finish();
    }
  }

  @Override
  public String toString() {
    return "kernelreg(kernel: " + kernel + (ridge == null ? "" : ", ridge: " + ridge) + ")";
  }
}
