package org.nnl.core.hermite;

import java.util.Arrays;
import org.nnl.core.act.Activation;
import org.nnl.core.act.GaussLegendre;
import org.nnl.core.act.GaussianRule;

/**
 * The Hermite expansion of one activation, computed from its quadrature rule and cached:
 * a_i = Σ_j w_j s_j ψ_i(x_j) with s_j = σ(x_j)ψ_0(x_j) (because φ·h_i = ψ_0·ψ_i), and
 * ε_σ(n) = Σ_j w_j (s_j − Σ_{i≤n} a_i ψ_i(x_j))² — the residual integrated directly, so small
 * tails keep their relative accuracy (no cancellation of 1 − Σ a_i²). The residual's integral
 * runs past the rule's range [−L, L] to the turning point √(4n+2) + 10 of ψ_n, where σ is
 * negligible but the partial sum is not.
 */
final class Expansion {
  final GaussianRule rule;
  private final double[] x;
  private final double[] w;
  private final double[] s;
  private final double halfWidth;
  private static final GaussLegendre GL = new GaussLegendre(20);
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
    this.halfWidth = rule.halfWidth();
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
    for (int j = 0; j < x.length; j++) residual(x[j], w[j], s[j], a, e, psi);
    // Beyond ±L σ is negligible but Σ a_i ψ_i is not, up to past the turning point √(4d+2).
    double end = Math.max(halfWidth, Math.sqrt(4.0 * d + 2) + 10);
    int cells = (int) Math.ceil((end - halfWidth) / 0.25);
    for (int c = 0; c < cells; c++) {
      double mid = halfWidth + (c + 0.5) * 0.25;
      for (int j = 0; j < GL.size(); j++) {
        double t = mid + 0.125 * GL.node(j);
        double wt = 0.125 * GL.weight(j);
        residual(t, wt, 0, a, e, psi);
        residual(-t, wt, 0, a, e, psi);
      }
    }
    snap = new Snapshot(a, e);
    return snap;
  }

  /** Adds w·(s − Σ_{i≤k} a_i ψ_i(t))² to e[k] for every k. */
  private static void residual(double t, double w, double s, double[] a, double[] e, double[] psi) {
    int d = a.length - 1;
    HermiteBasis.psiAnywhere(t, d, psi);
    double r = s;
    for (int i = 0; i <= d; i++) {
      r -= a[i] * psi[i];
      e[i] += w * r * r;
    }
  }
}
