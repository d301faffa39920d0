package org.nnl.core.measure;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.core.act.Activation;
import org.nnl.core.hermite.Hermite;
import org.nnl.core.net.Dense;
import org.nnl.core.net.ShadowPolynomial;
import org.nnl.core.text.Numbers;

/**
 * plan(arch, eps: e): Theorem 1.1's PTAS made concrete. Row "bound": the smallest degree n with
 * 13(L+1)²·ε_σ(n)^{1/2^{i−1}} ≤ e (the bound of {@link TheoremBound}); row "limit": the smallest
 * n with {@link Limit#of} ≤ e (degrees where σ_n is zero skipped). Each row gives n, the value reached, ε_σ(n), the degree n^{i−1} of
 * p_W, and the number of features C(d_0 + n^{i−1}, d_0) of the polynomial learner on d_0 inputs
 * (with its log₁₀, since it overflows). ε_σ is computed up to {@link Hermite#MAX_DEGREE} while it
 * is above {@link #EPS_FLOOR}; beyond, the bound's n is extrapolated from the last reliable degree
 * N: at Lemma 2.16's exponential rate ε(n) = ε(N)·2^{−(n−N)} for erf and relulike, otherwise as the
 * power law ε(n) = ε(N)·(N/n)^p, p fitted on [N/2, N]. The column {@code source} says which.
 */
public final class Plan {
  private Plan() {}

  /** Below this ε_σ(n) the computed tails are no longer trusted (quadrature round-off). */
  static final double EPS_FLOOR = 1e-24;

  public static Table plan(Dense arch, double e) {
    InvalidRequestException.require(e > 0 && Double.isFinite(e), "plan needs an accuracy eps > 0; got %s.", e);
    Activation sigma = arch.activation();
    int depth = arch.depth();
    Table t = new Table("target", "n", "value", "eps", "degree", "features", "log10_features", "source");
    double[] eps = Hermite.epsAll(sigma, Hermite.MAX_DEGREE);
    int reliable = 0;
    while (reliable < Hermite.MAX_DEGREE && eps[reliable + 1] > EPS_FLOOR) reliable++;
    boolean boundDone = false;
    for (int n = 0; n <= reliable && !boundDone; n++) {
      double b = TheoremBound.of(arch, n);
      if (b <= e) {
        row(t, arch, "bound", n, b, eps[n], "computed ε");
        boundDone = true;
      }
    }
    if (!boundDone) extrapolatedBound(t, arch, e, eps, reliable);
    limitRow(t, arch, e);
    return t;
  }

  private static void extrapolatedBound(Table t, Dense arch, double e, double[] eps, int big) {
    double atN = TheoremBound.of(arch, big);
    double root = Math.pow(2, -(arch.depth() - 1));
    double k = atN / Math.pow(eps[big], root);
    if (!Double.isFinite(k) || big < 2) {
      t.addRow("bound", Double.NaN, atN, eps[big], Double.NaN, Double.NaN, Double.NaN,
          "the bound is not finite for " + arch.activation().name());
      return;
    }
    double target = Math.pow(e / k, 1 / root);
    String name = arch.activation().name();
    double n;
    double epsN;
    String source;
    if (name.equals("erf") || name.equals("relulike")) {
      n = big + Math.ceil(Math.log(eps[big] / target) / Math.log(2));
      epsN = eps[big] * Math.pow(2, -(n - big));
      source = "ε extrapolated from degree " + big + " at Lemma 2.16's rate 2^-n";
    } else {
      double p = Math.log(eps[big / 2] / eps[big]) / Math.log((double) big / (big / 2));
      if (!(p > 0)) {
        t.addRow("bound", Double.NaN, atN, eps[big], Double.NaN, Double.NaN, Double.NaN,
            "ε does not decrease between degrees " + big / 2 + " and " + big);
        return;
      }
      n = Math.ceil(big * Math.pow(eps[big] / target, 1 / p));
      epsN = eps[big] * Math.pow(big / n, p);
      source = String.format("ε extrapolated from degrees %d..%d as n^-%.3g", big / 2, big, p);
    }
    rowAt(t, arch, "bound", n, k * Math.pow(epsN, root), epsN, source);
  }

  private static void limitRow(Table t, Dense arch, double e) {
    if (!arch.weightLaw().isXavier()) {
      t.addRow("limit", Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          "the limit assumes Xavier weights");
      return;
    }
    for (int n = 0; n <= Hermite.MAX_DEGREE; n++) {
      if (!Limit.keepsSomething(arch.activation(), n)) continue;
      double v = Limit.of(arch, n);
      if (v <= e) {
        row(t, arch, "limit", n, v, Hermite.eps(arch.activation(), n), "limit(arch, n)");
        return;
      }
    }
    t.addRow("limit", Double.NaN, Limit.of(arch, Hermite.MAX_DEGREE), Hermite.eps(arch.activation(), Hermite.MAX_DEGREE),
        Double.NaN, Double.NaN, Double.NaN, "not reached by degree " + Hermite.MAX_DEGREE);
  }

  private static void row(Table t, Dense arch, String target, int n, double value, double eps, String source) {
    rowAt(t, arch, target, n, value, eps, source);
  }

  private static void rowAt(Table t, Dense arch, String target, double n, double value, double eps, String source) {
    double degree = Math.pow(n, arch.depth() - 1);
    double features = ShadowPolynomial.monomialCount(arch.inputDim(), degree);
    t.addRow(target, Numbers.isWhole(n) ? (Object) (long) n : n, value, eps, degree, features,
        log10Binomial(arch.inputDim(), degree), source);
  }

  /** log₁₀ C(d + D, d) = Σ_{k=1..d} log₁₀((D + k)/k). */
  static double log10Binomial(int d, double degree) {
    double s = 0;
    for (int k = 1; k <= d; k++) s += Math.log10((degree + k) / k);
    return s;
  }
}
