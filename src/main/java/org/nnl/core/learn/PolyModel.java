package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;

/** A fitted polynomial f(x) = Cᵀφ(x) in the Hermite tensor basis; C is p × m. Predicts in row blocks. */
public final class PolyModel implements Model {
  private final HermiteFeatures basis;
  private final Mat coefficients;
  private final int samples;
  private final double ridge;
  private final double effectiveDimension;

  PolyModel(HermiteFeatures basis, Mat coefficients, int samples, double ridge, double effectiveDimension) {
    this.basis = basis;
    this.coefficients = coefficients;
    this.samples = samples;
    this.ridge = ridge;
    this.effectiveDimension = effectiveDimension;
  }

  /** p = C(d + k, k). */
  public int featureCount() {
    return basis.size();
  }

  /** Σ μ_i/(μ_i + λ) over the eigenvalues of G = ΦᵀΦ/n (p when λ = 0). */
  public double effectiveDimension() {
    return effectiveDimension;
  }

  /** The ridge λ actually used. */
  public double ridge() {
    return ridge;
  }

  /** The basis (feature f has multi-index {@code basis().multiIndex(f)}). */
  public HermiteFeatures basis() {
    return basis;
  }

  /** C (p × m), a copy. */
  public Mat coefficients() {
    return coefficients.copy();
  }

  @Override
  public int inputDim() {
    return basis.dim();
  }

  @Override
  public int outputDim() {
    return coefficients.cols;
  }

  @Override
  public Mat predict(Mat x) {
    InvalidRequestException.require(x.cols == basis.dim(),
        "This polynomial model takes points of dimension %d; got dimension %d.", basis.dim(), x.cols);
    Mat out = new Mat(x.rows, coefficients.cols);
    int block = PolyReg.blockRows(basis.size());
    for (int from = 0; from < x.rows; from += block) {
      int to = Math.min(x.rows, from + block);
      Mat part = Linalg.mult(basis.features(x, from, to), coefficients);
      System.arraycopy(part.data, 0, out.data, from * out.cols, part.data.length);
    }
    return out;
  }

  @Override
  public String summary() {
    return String.format("polyreg(degree: %d) on %d points: %d features, effective dimension %.1f, ridge %.3g",
        basis.degree(), samples, basis.size(), effectiveDimension, ridge);
  }

  @Override
  public String toString() {
    return summary();
  }
}
