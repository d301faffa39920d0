package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;

/**
 * A fitted polynomial f(x) = Cᵀφ(x) in the Hermite tensor basis; C is p × m. Predicts in row blocks.
 *
 * @param basis the basis (feature f has multi-index {@code basis().multiIndex(f)})
 * @param coefficients C (p × m); the accessor returns a copy
 * @param samples the number of training points n
 * @param ridge the ridge λ actually used
 * @param effectiveDimension Σ μ_i/(μ_i + λ) over the eigenvalues of G = ΦᵀΦ/n (p when λ = 0)
 */
public record PolyModel(HermiteFeatures basis, Mat coefficients, int samples, double ridge, double effectiveDimension)
    implements Model {

  /** Refuses coefficients whose rows do not match the basis (one row per feature). */
  public PolyModel {
    if (coefficients.rows != basis.size()) {
      throw new IllegalArgumentException("C has " + coefficients.rows + " rows; the basis has " + basis.size()
          + " features.");
    }
  }

  /** p = C(d + k, k). */
  public int featureCount() {
    return basis.size();
  }

  /** C (p × m), a copy. */
  @Override
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
    Mat full = new Mat(Math.min(x.rows, block), basis.size());  // one feature buffer, reused (the last block its own)
    for (int from = 0; from < x.rows; from += block) {
      int to = Math.min(x.rows, from + block);
      Mat phi = to - from == full.rows ? full : new Mat(to - from, basis.size());
      basis.fill(x, from, to, phi.data, phi.cols);
      Mat part = Linalg.mult(phi, coefficients);
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
