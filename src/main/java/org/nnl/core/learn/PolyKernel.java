package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;

/**
 * poly(degree: k): K(x, z) = (1 + ⟨x, z⟩/d)^k. Its feature space is exactly the polynomials
 * of total degree ≤ k (every monomial of degree m appears in ⟨x, z⟩^m with a positive weight),
 * so kernel regression with it fits the same space as {@link PolyReg} of degree k.
 */
public record PolyKernel(int degree) implements Kernel {
  public PolyKernel {
    InvalidRequestException.require(degree >= 0, "poly needs a degree of at least 0; got %d.", degree);
  }

  @Override
  public double value(double s, double qx, double qz) {
    double base = 1 + s;
    double v = 1;
    for (int i = 0; i < degree; i++) v *= base;
    return v;
  }

  @Override
  public String toString() {
    return "poly(degree: " + degree + ")";
  }
}
