package org.nnl.core.hermite;

import org.nnl.core.act.Activation;

/**
 * Hermite analysis of activations in the orthonormal basis h_n = He_n/√n!
 * (API shape; the hermite engineer fills in the bodies).
 */
public final class Hermite {
  private Hermite() {}

  /** a_0..a_n, a_i = E[σ(X) h_i(X)]. */
  public static double[] coefficients(Activation a, int n) { return new double[n + 1]; }

  /** a_i. */
  public static double coeff(Activation a, int i) { return coefficients(a, i)[i]; }

  /** ε_σ(n) = Σ_{i>n} a_i². */
  public static double eps(Activation a, int n) { return 0; }

  /** σ̂(ρ) = Σ a_i² ρ^i = E σ(X)σ(Y), corr(X, Y) = ρ ∈ [−1, 1]. */
  public static double dual(Activation a, double rho) { return 0; }

  /** σ_n = Σ_{i≤n} a_i h_i / √(1 − ε_σ(n)), as an activation named {@code truncate(a, n)}. */
  public static Activation truncate(Activation a, int n) { return a; }
}
