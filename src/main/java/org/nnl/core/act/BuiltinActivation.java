package org.nnl.core.act;

/** A built-in activation σ = f/‖f‖ (one instance per name), with a fast in-place loop. */
final class BuiltinActivation implements Activation, RuleHolder {
  private final BuiltinFunction fn;
  private volatile GaussianRule rule;
  private volatile double norm = Double.NaN;

  BuiltinActivation(BuiltinFunction fn) {
    this.fn = fn;
  }

  @Override
  public String name() {
    return fn.label;
  }

  @Override
  public double raw(double x) {
    return fn.f(x);
  }

  @Override
  public double norm() {
    double n = norm;
    if (Double.isNaN(n)) {
      n = Double.isNaN(fn.meanSquare) ? Math.sqrt(rule().meanSquare()) : Math.sqrt(fn.meanSquare);
      norm = n;
    }
    return n;
  }

  @Override
  public GaussianRule rule() {
    GaussianRule r = rule;
    if (r == null) {
      r = GaussianRule.of(fn.label, fn::f, fn.kinks());
      rule = r;
    }
    return r;
  }

  @Override
  public double lipschitz() {
    return fn.rawLipschitz / norm();
  }

  @Override
  public boolean hasDerivative() {
    return true;
  }

  @Override
  public double derivative(double x) {
    return fn.df(x) / norm();
  }

  @Override
  public void multiplyByDerivative(double[] v, double[] z, int from, int to) {
    double n = norm();
    if (fn == BuiltinFunction.RELU) {
      // fn.df(x) / norm() is up for x > 0 and down otherwise (NaN included). The factor is
      // selected without a branch (the sign of z is a coin flip a predictor cannot learn):
      // mask = −1 exactly when 0 < bits(z) ≤ bits(+∞), i.e. z > 0.
      long up = Double.doubleToRawLongBits(1 / n), down = Double.doubleToRawLongBits(0 / n);
      for (int i = from; i < to; i++) {
        long b = Double.doubleToRawLongBits(z[i]);
        long mask = (-b & (b - 0x7FF0000000000001L)) >> 63;
        v[i] *= Double.longBitsToDouble((up & mask) | (down & ~mask));
      }
    } else {
      for (int i = from; i < to; i++) v[i] *= fn.df(z[i]) / n;
    }
  }

  @Override
  public double[] kinks() {
    return fn.kinks();
  }

  @Override
  public double knownDual(double rho) {
    double n = norm();
    return fn.rawDual(rho) / (n * n);
  }

  @Override
  public void applyInPlace(double[] v, int from, int to) {
    applyScaled(fn, v, from, to, 1 / norm());
  }

  /** v[i] = s·f(v[i]) for i in [from, to), one tight loop per function. */
  static void applyScaled(BuiltinFunction fn, double[] v, int from, int to, double s) {
    switch (fn) {
      case RELU -> {
        for (int i = from; i < to; i++) v[i] = Math.max(v[i], 0) * s;
      }
      case ABS -> {
        for (int i = from; i < to; i++) v[i] = Math.abs(v[i]) * s;
      }
      case IDENTITY -> {
        for (int i = from; i < to; i++) v[i] *= s;
      }
      case TANH -> {
        for (int i = from; i < to; i++) v[i] = Math.tanh(v[i]) * s;
      }
      case LOGISTIC -> {
        for (int i = from; i < to; i++) v[i] = BuiltinFunction.logistic(v[i]) * s;
      }
      case ERF -> {
        for (int i = from; i < to; i++) v[i] = BuiltinFunction.ERF.f(v[i]) * s;
      }
      case RELULIKE -> {
        for (int i = from; i < to; i++) v[i] = BuiltinFunction.RELULIKE.f(v[i]) * s;
      }
      case SOFTPLUS -> {
        for (int i = from; i < to; i++) v[i] = BuiltinFunction.SOFTPLUS.f(v[i]) * s;
      }
      case GELU -> {
        for (int i = from; i < to; i++) v[i] = BuiltinFunction.GELU.f(v[i]) * s;
      }
    }
  }

  @Override
  public String toString() {
    return name();
  }
}
