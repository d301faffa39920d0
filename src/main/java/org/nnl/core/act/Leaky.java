package org.nnl.core.act;

import org.nnl.core.text.Numbers;

/**
 * leaky(α): f(x) = max(αx, x) = q·x + (p − q)·relu(x) with p = max(1, α), q = min(1, α);
 * E f² = (1 + α²)/2; E f(X)f(Y) = pqρ + (p − q)²·(√(1−ρ²) + (π − arccos ρ)ρ)/(2π).
 */
final class Leaky implements Activation, RuleHolder {
  private final double alpha;
  private final double p;
  private final double q;
  private final double norm;
  private volatile GaussianRule rule;

  Leaky(double alpha) {
    this.alpha = alpha;
    this.p = Math.max(1, alpha);
    this.q = Math.min(1, alpha);
    this.norm = Math.sqrt((1 + alpha * alpha) / 2);
  }

  @Override
  public String name() {
    return "leaky(" + Numbers.plain(alpha) + ")";
  }

  @Override
  public double raw(double x) {
    return x > 0 ? p * x : q * x;
  }

  @Override
  public double norm() {
    return norm;
  }

  @Override
  public double lipschitz() {
    return Math.max(Math.abs(p), Math.abs(q)) / norm;
  }

  @Override
  public boolean hasDerivative() {
    return true;
  }

  @Override
  public double derivative(double x) {
    return (x > 0 ? p : q) / norm;
  }

  @Override
  public double[] kinks() {
    return new double[] {0};
  }

  @Override
  public double knownDual(double rho) {
    double d = p - q;
    return (p * q * rho + d * d * BuiltinFunction.arcCosine(rho)) / (norm * norm);
  }

  @Override
  public void applyInPlace(double[] v, int from, int to) {
    double sp = p / norm;
    double sq = q / norm;
    for (int i = from; i < to; i++) v[i] = v[i] > 0 ? v[i] * sp : v[i] * sq;
  }

  @Override
  public GaussianRule rule() {
    GaussianRule r = rule;
    if (r == null) rule = r = GaussianRule.of(name(), this::raw, kinks());
    return r;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Leaky l && Double.compare(l.alpha, alpha) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(alpha);
  }

  @Override
  public String toString() {
    return name();
  }
}
