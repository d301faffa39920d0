package org.nnl.core.measure;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.act.Activation;
import org.nnl.core.hermite.Hermite;
import org.nnl.core.net.Dense;

/**
 * limit(arch, n): the infinite-width value of Theorem 2.3's gap E_W E_x ‖Φ^i_W(x) − Φ^{i,n}_W(x)‖
 * for Xavier weights and inputs with ‖x‖² = d_0 (the sphere, the cube). The first-layer
 * pre-activations are exactly N(0, 1); as the hidden widths grow, those of the network and of its
 * shadow at layer j become standard bivariate normal with correlation r_j (Mehler's formula):
 * r_1 = 1, r_{j+1} = E σ(u)σ_n(u') = Σ_{k≤n} a_k² r_j^k / √(1 − ε_σ(n)), so each output
 * coordinate of Φ^i − Φ^{i,n} tends to N(0, 2 − 2r_i) and, with m outputs and the normalized
 * norm, the gap tends to c_m·√(2 − 2r_i), c_m = E√(χ²_m/m) = √(2/m)·Γ((m+1)/2)/Γ(m/2).
 * The recursion runs on δ_j = 1 − r_j without cancellation (Σ_k a_k² = 1, s = √(1 − ε)):
 * δ_{j+1} = ε/(1 + s) + Σ_{k≤n} a_k²·(1 − (1 − δ_j)^k)/s, every term ≥ 0.
 */
public final class Limit {
  private Limit() {}

  /** How far E σ(X)² may be from 1 for the recursion's normalization to hold. */
  static final double NORMALIZED = 1e-9;

  /** c_m·√(2δ_i) for {@code arch}'s depth i and output width m. */
  public static double of(Dense arch, int n) {
    double[] delta = deltas(arch, n);
    return cm(arch.outputDim()) * Math.sqrt(2 * delta[delta.length - 1]);
  }

  /** The limit of E(Φ^i − Φ^{i,n})_l² per output coordinate: 2 − 2r_i = 2δ_i. */
  public static double secondMoment(Dense arch, int n) {
    double[] delta = deltas(arch, n);
    return 2 * delta[delta.length - 1];
  }

  /** r_1..r_i as δ_j = 1 − r_j (index j − 1). */
  public static double[] deltas(Dense arch, int n) {
    requireXavier(arch, "limit(arch, n)");
    Hermite.checkDegree(n);
    Activation sigma = arch.activation();
    double total = sigma.norm() / sigma.scale();
    total *= total;
    InvalidRequestException.require(Math.abs(total - 1) <= NORMALIZED,
        "limit(arch, n) needs a normalized activation (E σ(X)² = 1); %s has E σ(X)² = %.6g.", sigma.name(), total);
    double[] a = Hermite.coefficients(sigma, n);
    double eps = Hermite.eps(sigma, n);
    InvalidRequestException.require(keepsSomething(sigma, n), "The truncation of %s at degree %d is zero; the limit needs a degree that keeps part of σ.",
        sigma.name(), n);
    double s = Math.sqrt(1 - eps);
    double[] delta = new double[arch.depth()];
    for (int j = 1; j < delta.length; j++) {
      double d = delta[j - 1];
      double sum = 0;
      for (int k = 1; k <= n; k++) sum += a[k] * a[k] * -Math.expm1(k * Math.log1p(-d));
      delta[j] = Math.min(2, eps / (1 + s) + sum / s);
    }
    return delta;
  }

  /** Whether σ_n is more than round-off: 1 − ε_σ(n) &gt; 1e-12 (σ_0 of an odd σ is zero). */
  static boolean keepsSomething(Activation sigma, int n) {
    return 1 - Hermite.eps(sigma, n) > 1e-12;
  }

  /** c_m = E√(χ²_m/m) = √(2/m)·g_m, g_m = Γ((m+1)/2)/Γ(m/2), by g_1 = 1/√π, g_{m+1} = m/(2g_m). */
  public static double cm(int m) {
    InvalidRequestException.require(m >= 1, "The number of outputs must be at least 1; got %d.", m);
    if (m > 100_000) return Math.sqrt(2.0 / m) * Math.exp(logGammaRatio(m));
    double g = 1 / Math.sqrt(Math.PI);
    for (int k = 1; k < m; k++) g = k / (2 * g);
    return Math.sqrt(2.0 / m) * g;
  }

  /** log Γ((m+1)/2) − log Γ(m/2) for large m, by the asymptotic series of the ratio. */
  private static double logGammaRatio(int m) {
    double x = m / 2.0;
    // Γ(x + 1/2)/Γ(x) = √x·(1 − 1/(8x) + 1/(128x²) + 5/(1024x³) − …)
    return 0.5 * Math.log(x) + Math.log1p(-1 / (8 * x) + 1 / (128 * x * x) + 5 / (1024 * x * x * x));
  }

  /** Refuses weight laws other than Xavier: the limit and the exact N(0, 1) first layer need them. */
  static void requireXavier(Dense arch, String what) {
    InvalidRequestException.require(arch.weightLaw().isXavier(),
        "%s assumes Xavier weights N(0, 1/d_{j−1}); %s has weights %s.", what, arch, arch.weightLaw());
  }
}
