package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;

/** A fitted kernel model f(z) = Σ_i K(z, x_i) α_i (α is n × m); predicts in row blocks. */
public final class KernelModel implements Model {
  private final Kernel kernel;
  private final Mat points;
  private final Mat alpha;
  private final double ridge;

  KernelModel(Kernel kernel, Mat points, Mat alpha, double ridge) {
    this.kernel = kernel;
    this.points = points;
    this.alpha = alpha;
    this.ridge = ridge;
  }

  public Kernel kernel() {
    return kernel;
  }

  /** The ridge λ actually used. */
  public double ridge() {
    return ridge;
  }

  @Override
  public int inputDim() {
    return points.cols;
  }

  @Override
  public int outputDim() {
    return alpha.cols;
  }

  @Override
  public Mat predict(Mat x) {
    InvalidRequestException.require(x.cols == points.cols,
        "This kernel model takes points of dimension %d; got dimension %d.", points.cols, x.cols);
    Mat out = new Mat(x.rows, alpha.cols);
    int block = (int) Math.max(1, Math.min(4096, (1L << 21) / Math.max(1, points.rows)));
    for (int from = 0; from < x.rows; from += block) {
      int to = Math.min(x.rows, from + block);
      Mat part = Linalg.mult(kernel.gram(PolyReg.rows(x, from, to), points), alpha);
      System.arraycopy(part.data, 0, out.data, from * out.cols, part.data.length);
    }
    return out;
  }

  @Override
  public String summary() {
    return String.format("kernelreg(kernel: %s) on %d points, ridge %.3g", kernel, points.rows, ridge);
  }

  @Override
  public String toString() {
    return summary();
  }
}
