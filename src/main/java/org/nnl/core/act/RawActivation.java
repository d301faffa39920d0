package org.nnl.core.act;

/** raw(a): a's unnormalized function f applied as it is (scale 1); norm() stays √(E f(X)²). */
record RawActivation(Activation inner) implements Activation, RuleHolder {

  @Override
  public String name() {
    return "raw(" + inner.name() + ")";
  }

  @Override
  public double raw(double x) {
    return inner.raw(x);
  }

  @Override
  public double norm() {
    return inner.norm();
  }

  @Override
  public double scale() {
    return 1;
  }

  @Override
  public double apply(double x) {
    return inner.raw(x);
  }

  @Override
  public void applyInPlace(double[] v, int from, int to) {
    inner.applyInPlace(v, from, to);
    double s = inner.scale();
    for (int i = from; i < to; i++) v[i] *= s;
  }

  @Override
  public double lipschitz() {
    return inner.lipschitz() * inner.scale();
  }

  @Override
  public boolean hasDerivative() {
    return inner.hasDerivative();
  }

  @Override
  public double derivative(double x) {
    return inner.derivative(x) * inner.scale();
  }

  @Override
  public double[] kinks() {
    return inner.kinks();
  }

  @Override
  public double knownDual(double rho) {
    double s = inner.scale();
    return inner.knownDual(rho) * s * s;
  }

  @Override
  public GaussianRule rule() {
    return GaussianRule.forActivation(inner);
  }

  @Override
  public String toString() {
    return name();
  }
}
