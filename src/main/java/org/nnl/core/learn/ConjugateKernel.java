package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.act.Activation;
import org.nnl.core.hermite.Hermite;
import org.nnl.core.net.Dense;

/**
 * conjugate(arch, degree: n): the kernel E_W f(x)f(z) of a dense architecture with Xavier
 * weights in the infinite-width limit. Σ⁰(x, z) = ⟨x, z⟩/d; through each hidden layer
 * Σʲ = √(q_x q_z)·σ̂(Σʲ⁻¹/√(q_x q_z)) with q = ‖·‖²/d (the diagonal stays q since σ̂(1) = 1);
 * the output layer is linear, so K = Σ^{i−1}. On the sphere q = 1 and this is the plain
 * composition σ̂∘…∘σ̂(⟨x, z⟩/d); off the sphere it is exact for positively homogeneous σ
 * (relu, leaky, identity) and the normalized-correlation approximation otherwise. With a
 * degree n, σ̂ is replaced by the dual of σ_n = truncate(σ, n):
 * Σ_{i≤n} a_i² ρ^i / (1 − ε_σ(n)), the kernel of the shadow network's feature space.
 */
public final class ConjugateKernel implements Kernel {
  private final Dense arch;
  private final Integer degree;
  private final Activation dual;

  /** {@code degree} null means the untruncated activation. */
  public ConjugateKernel(Dense arch, Integer degree) {
    InvalidRequestException.require(arch.weightLaw().isXavier(),
        "The conjugate kernel is defined for Xavier weights; %s has weights %s. Use the default weights.",
        arch, arch.weightLaw());
    if (degree != null) Hermite.checkDegree(degree);
    this.arch = arch;
    this.degree = degree;
    this.dual = degree == null ? arch.activation() : Hermite.truncate(arch.activation(), degree);
  }

  public Dense architecture() {
    return arch;
  }

  @Override
  public void checkDim(int d) {
    InvalidRequestException.require(d == arch.inputDim(),
        "%s takes points of dimension %d; got dimension %d.", this, arch.inputDim(), d);
  }

  @Override
  public double value(double s, double qx, double qz) {
    double scale = Math.sqrt(qx * qz);
    if (scale == 0) return 0;
    double rho = s / scale;
    for (int j = 1; j < arch.depth(); j++) rho = Hermite.dual(dual, Math.max(-1, Math.min(1, rho)));
    return scale * rho;
  }

  @Override
  public String toString() {
    return "conjugate(" + arch + (degree == null ? "" : ", degree: " + degree) + ")";
  }
}
