package org.nnl.core.act;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.nnl.core.InvalidRequestException;

/**
 * A user-defined activation σ = f/‖f‖. The quadrature rule (and so the norm) is built at
 * construction, which is where bad functions are refused. The Lipschitz constant is the
 * largest difference quotient on a grid of step 10⁻³ over [−12, 12] and 0.05 out to the rule's
 * range; the derivative is a central difference (one-sided next to a declared kink).
 */
final class UserActivation implements Activation, RuleHolder {
  private final String name;
  private final DoubleUnaryOperator f;
  private final double[] kinks;
  private final GaussianRule rule;
  private final double norm;
  private volatile double lipschitz = Double.NaN;

  UserActivation(String name, DoubleUnaryOperator f, double[] kinks) {
    this.name = name;
    this.f = f;
    this.kinks = kinks.clone();
    Arrays.sort(this.kinks);
    this.rule = GaussianRule.of(name, f, this.kinks);
    double ms = rule.meanSquare();
    InvalidRequestException.require(ms > 0,
        "Activation %s is identically zero under N(0,1) (E f(X)² = 0), so it cannot be normalized.", name);
    this.norm = Math.sqrt(ms);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public double raw(double x) {
    return f.applyAsDouble(x);
  }

  @Override
  public double norm() {
    return norm;
  }

  @Override
  public GaussianRule rule() {
    return rule;
  }

  @Override
  public double[] kinks() {
    return kinks.clone();
  }

  @Override
  public double lipschitz() {
    double l = lipschitz;
    if (Double.isNaN(l)) {
      l = Math.max(quotients(-12, 12, 1e-3), quotients(-rule.halfWidth(), rule.halfWidth(), 0.05)) / norm;
      lipschitz = l;
    }
    return l;
  }

  private double quotients(double a, double b, double step) {
    int n = (int) Math.round((b - a) / step);
    double best = 0;
    double prev = f.applyAsDouble(a);
    for (int i = 1; i <= n; i++) {
      double v = f.applyAsDouble(a + i * step);
      best = Math.max(best, Math.abs(v - prev) / step);
      prev = v;
    }
    return best;
  }

  @Override
  public boolean hasDerivative() {
    return true;
  }

  @Override
  public double derivative(double x) {
    double h = 1e-6 * Math.max(1, Math.abs(x));
    for (double k : kinks) {
      if (Math.abs(x - k) < h) return (f.applyAsDouble(k) - f.applyAsDouble(k - h)) / h / norm;
    }
    return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h) / norm;
  }

  @Override
  public String toString() {
    return name;
  }
}
