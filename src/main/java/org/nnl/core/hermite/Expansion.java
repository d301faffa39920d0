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
  /** Coefficients and tails up to some degree; replaced (never mutated) when a higher degree is asked for. */
  record Snapshot(double[] a, double[] eps) {
    int degree() {
      return a.length - 1;
    }
  }

  private volatile Snapshot snap = new Snapshot(new double[0], new double[0]);

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
    return Arrays.copyOf(upTo(n).a, n + 1);
  }

  /** ε(0)..ε(n) (a copy). */
  double[] eps(int n) {
    return Arrays.copyOf(upTo(n).eps, n + 1);
  }

  /** A snapshot holding at least degree n (read without locking). */
  Snapshot upTo(int n) {
    Snapshot s = snap;
    return s.degree() >= n ? s : ensure(n);
  }

  private synchronized Snapshot ensure(int n) {
    int have = snap.degree();
    if (n <= have) return snap;
    int d = Math.min(HermiteBasis.MAX_DEGREE, Math.max(n, Math.max(64, 2 * have)));
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
    snap = new Snapshot(a, e);
    return snap;
  }
}
