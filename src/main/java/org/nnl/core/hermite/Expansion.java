package org.nnl.core.hermite;

import java.util.Arrays;
import org.nnl.core.act.Activation;
import org.nnl.core.act.GaussianRule;

/**
 * The Hermite expansion of one activation, computed from its quadrature rule and cached:
 * a_i = Σ_j w_j s_j ψ_i(x_j) with s_j = σ(x_j)ψ_0(x_j) (because φ·h_i = ψ_0·ψ_i), and
 * ε_σ(n) = Σ_j w_j (s_j − Σ_{i≤n} a_i ψ_i(x_j))² — the residual integrated directly, so small
 * tails keep their relative accuracy (no cancellation of 1 − Σ a_i²).
 */
final class Expansion {
  final GaussianRule rule;
  private final double[] x;
  private final double[] w;
  private final double[] s;
  private double[] coeff = new double[0];
  private double[] eps = new double[0];
  private int degree = -1;

  Expansion(Activation act) {
    this.rule = GaussianRule.forActivation(act);
    this.x = rule.nodes();
    this.w = rule.weights();
    double[] f = rule.values();
    double inv = 1 / act.scale();
    s = new double[f.length];
    double[] psi = new double[1];
    for (int j = 0; j < f.length; j++) {
      HermiteBasis.psi(x[j], 0, psi);
      s[j] = f[j] * inv * psi[0];
    }
  }

  /** a_0..a_n (a copy). */
  double[] coefficients(int n) {
    ensure(n);
    synchronized (this) {
      return Arrays.copyOf(coeff, n + 1);
    }
  }

  /** ε(0)..ε(n) (a copy). */
  double[] eps(int n) {
    ensure(n);
    synchronized (this) {
      return Arrays.copyOf(eps, n + 1);
    }
  }

  private synchronized void ensure(int n) {
    if (n <= degree) return;
    int d = Math.min(HermiteBasis.MAX_DEGREE, Math.max(n, Math.max(64, 2 * degree)));
    double[] a = new double[d + 1];
    double[] e = new double[d + 1];
    double[] psi = new double[d + 1];
    for (int j = 0; j < x.length; j++) {
      HermiteBasis.psi(x[j], d, psi);
      double ws = w[j] * s[j];
      for (int i = 0; i <= d; i++) a[i] += ws * psi[i];
    }
    for (int j = 0; j < x.length; j++) {
      HermiteBasis.psi(x[j], d, psi);
      double r = s[j];
      double wj = w[j];
      for (int i = 0; i <= d; i++) {
        r -= a[i] * psi[i];
        e[i] += wj * r * r;
      }
    }
    coeff = a;
    eps = e;
    degree = d;
  }
}
