package org.nnl.core.hermite;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;

/**
 * Hermite analysis of activations in the orthonormal basis h_n = He_n/√n! under N(0, 1):
 * a_i = E[σ(X) h_i(X)], ε_σ(n) = Σ_{i>n} a_i², σ̂(ρ) = Σ a_i² ρ^i, σ_n = Σ_{i≤n} a_i h_i/√(1 − ε_σ(n)).
 * Expansions are computed once per activation (thread-safe cache, weak keys) by the quadrature
 * of {@link org.nnl.core.act.GaussianRule}; degrees go from 0 to {@link #MAX_DEGREE}.
 */
public final class Hermite {
  private Hermite() {}

  /** The largest degree computed (accurate to about 1e-15 absolute in every a_i). */
  public static final int MAX_DEGREE = HermiteBasis.MAX_DEGREE;

  private static final Map<Activation, Expansion> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

  /** Refuses negative degrees and degrees above {@link #MAX_DEGREE}. */
  public static void checkDegree(int n) {
    InvalidRequestException.require(n >= 0, "The degree must be 0 or more, not %d.", n);
    InvalidRequestException.require(n <= MAX_DEGREE,
        "Degree %d is beyond what NNL computes accurately (at most %d); use a degree up to %d.", n, MAX_DEGREE, MAX_DEGREE);
  }

  static Expansion expansion(Activation a) {
    Expansion e = CACHE.get(a);
    if (e == null) {
      e = new Expansion(a);
      Expansion prev = CACHE.putIfAbsent(a, e);
      if (prev != null) e = prev;
    }
    return e;
  }

  /** a_0..a_n, a_i = E[σ(X) h_i(X)]. */
  public static double[] coefficients(Activation a, int n) {
    checkDegree(n);
    if (a instanceof Truncation t) return Arrays.copyOf(t.c, n + 1);
    Activation inner = Activations.rawInner(a);
    if (inner != null) {
      double[] c = coefficients(inner, n);
      double s = inner.scale();
      for (int i = 0; i <= n; i++) c[i] *= s;
      return c;
    }
    return expansion(a).coefficients(n);
  }

  /** a_i. */
  public static double coeff(Activation a, int i) {
    return coefficients(a, i)[i];
  }

  /** ε_σ(0)..ε_σ(n), each Σ_{i>k} a_i² computed without cancellation. */
  public static double[] epsAll(Activation a, int n) {
    checkDegree(n);
    if (a instanceof Truncation t) {
      double[] e = new double[n + 1];
      for (int k = 0; k <= n; k++) for (int i = t.degree; i > k; i--) e[k] += t.c[i] * t.c[i];
      return e;
    }
    Activation inner = Activations.rawInner(a);
    if (inner != null) {
      double[] e = epsAll(inner, n);
      double s = inner.scale() * inner.scale();
      for (int i = 0; i <= n; i++) e[i] *= s;
      return e;
    }
    return expansion(a).eps(n);
  }

  /** ε_σ(n) = Σ_{i>n} a_i². */
  public static double eps(Activation a, int n) {
    return epsAll(a, n)[n];
  }

  /** σ̂(ρ) = Σ a_i² ρ^i = E σ(X)σ(Y), corr(X, Y) = ρ ∈ [−1, 1]. */
  public static double dual(Activation a, double rho) {
    InvalidRequestException.require(rho >= -1 && rho <= 1,
        "The correlation ρ must lie in [-1, 1], not %s.", rho);
    double k = a.knownDual(rho);
    if (!Double.isNaN(k)) return k;
    Activation inner = Activations.rawInner(a);
    if (inner != null) return dual(inner, rho) * inner.scale() * inner.scale();
    return Duals.generic(a, expansion(a), rho);
  }

  /** The dual of σ_n: Σ_{i≤n} a_i² ρ^i / (1 − ε_σ(n)). */
  public static double truncatedDual(Activation a, int n, double rho) {
    return dual(truncate(a, n), rho);
  }

  /** σ_n = Σ_{i≤n} a_i h_i / √(1 − ε_σ(n)), as an activation named {@code truncate(a, n)}. */
  public static Activation truncate(Activation a, int n) {
    double[] c = coefficients(a, n);
    double kept = 0;
    for (double v : c) kept += v * v;
    double total = a.norm() / a.scale();
    total *= total;
    // a_0 = … = a_n = 0 (to the accuracy of the coefficients, ~1e-16 relative): σ_n = 0/√(1 − ε(n)) is 0/0.
    if (!(kept > ZERO_SHARE * ZERO_SHARE * total)) {
      double[] more = coefficients(a, Math.min(MAX_DEGREE, n + 16));
      int first = -1;
      for (int i = n + 1; i < more.length && first < 0; i++) if (more[i] * more[i] > ZERO_SHARE * ZERO_SHARE * total) first = i;
      String zeros = n == 0 ? "a_0 = 0" : n == 1 ? "a_0 = a_1 = 0" : "a_0 = … = a_" + n + " = 0";
      throw new InvalidRequestException(String.format("truncate(%s, %d) has no value: %s, so σ_%d = 0/√(1 − ε(%d))"
          + " is 0/0; %s.", a.name(), n, zeros, n, n,
          first < 0 ? "use a higher degree" : "use a degree of at least " + first + " (a_" + first + " is the first nonzero coefficient)"));
    }
    return new Truncation(a, n, c, eps(a, n));
  }

  /** Coefficients below this share of ‖σ‖ (relative) count as zero: the quadrature is accurate to ~1e-16. */
  static final double ZERO_SHARE = 1e-12;

  /** The monomial coefficients m_0..m_n of σ_n(x) = Σ_k m_k x^k (ill-conditioned for large n). */
  public static double[] monomials(Activation a, int n) {
    Truncation t = (Truncation) truncate(a, n);
    return HermiteBasis.monomials(t.c, n);
  }

  /** E σ(X) = a_0. */
  public static double mean(Activation a) {
    return coeff(a, 0);
  }

  /** A table with columns i, coeff, eps for i = 0..n. */
  public static Table table(Activation a, int n) {
    double[] c = coefficients(a, n);
    double[] e = epsAll(a, n);
    Table t = new Table("i", "coeff", "eps");
    for (int i = 0; i <= n; i++) t.addRow((long) i, c[i], e[i]);
    return t;
  }
}
