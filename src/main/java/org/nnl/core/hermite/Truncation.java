package org.nnl.core.hermite;

import org.nnl.core.act.Activation;

/**
 * truncate(a, n): σ_n = Σ_{i≤n} a_i h_i / √(1 − ε_σ(n)/E σ²) (for a normalized σ, E σ² = 1),
 * so that E σ_n(X)² = E σ(X)². raw = Σ a_i h_i (the unnormalized polynomial), norm = √Σ_{i≤n} a_i².
 * Evaluated by the normalized three-term recurrence; its dual is Σ_{i≤n} a_i² ρ^i / (1 − ε).
 */
final class Truncation implements Activation {
  final Activation base;
  final int degree;
  /** a_i, i ≤ n. */
  final double[] a;
  /** a_i / scale: the coefficients of σ_n itself. */
  final double[] c;
  private final double norm;
  private final double scale;

  Truncation(Activation base, int degree, double[] a, double epsN) {
    this.base = base;
    this.degree = degree;
    this.a = a;
    double total = base.norm() / base.scale();
    total *= total;
    double kept = 0;
    for (double v : a) kept += v * v;
    this.norm = Math.sqrt(kept);
    this.scale = Math.sqrt(Math.max(0, 1 - epsN / total));
    this.c = new double[a.length];
    for (int i = 0; i < a.length; i++) c[i] = a[i] / scale;
  }

  @Override
  public String name() {
    return "truncate(" + base.name() + ", " + degree + ")";
  }

  @Override
  public double raw(double x) {
    return HermiteBasis.sum(a, degree, x);
  }

  @Override
  public double norm() {
    return norm;
  }

  @Override
  public double scale() {
    return scale;
  }

  @Override
  public double apply(double x) {
    return HermiteBasis.sum(c, degree, x);
  }

  @Override
  public void applyInPlace(double[] v, int from, int to) {
    for (int i = from; i < to; i++) v[i] = HermiteBasis.sum(c, degree, v[i]);
  }

  /** |c_1| for degree ≤ 1; +∞ above (a polynomial of degree ≥ 2 is not globally Lipschitz). */
  @Override
  public double lipschitz() {
    for (int i = 2; i <= degree; i++) if (c[i] != 0) return Double.POSITIVE_INFINITY;
    return degree >= 1 ? Math.abs(c[1]) : 0;
  }

  @Override
  public boolean hasDerivative() {
    return true;
  }

  @Override
  public double derivative(double x) {
    return HermiteBasis.derivative(c, degree, x);
  }

  @Override
  public double knownDual(double rho) {
    double s = 0;
    for (int i = degree; i >= 0; i--) s = s * rho + c[i] * c[i];
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Truncation t && t.degree == degree && t.base.equals(base);
  }

  @Override
  public int hashCode() {
    return base.hashCode() * 31 + degree;
  }

  @Override
  public String toString() {
    return name();
  }
}
