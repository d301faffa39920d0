package org.nnl.core.act;

/**
 * An activation σ, normalized so that E σ(X)² = 1 for X ~ N(0, 1): σ(x) = raw(x) / norm,
 * norm = √(E raw(X)²). Built-ins live in {@link Activations}; user-defined ones come from a
 * {@link java.util.function.DoubleUnaryOperator} with the points where it is not smooth.
 * {@code toString()} reads like the declaration: {@code relu}, {@code leaky(0.1)}.
 */
public interface Activation {

  /** The printed name, e.g. {@code relu}, {@code leaky(0.1)}, {@code truncate(relu, 4)}. */
  String name();

  /** The unnormalized function f. */
  double raw(double x);

  /** √(E f(X)²), X ~ N(0, 1). */
  double norm();

  /** σ(x) = f(x) / norm. */
  default double apply(double x) {
    return raw(x) / norm();
  }

  /** Applies σ to v[from, to) in place (hot loop of the forward pass). */
  default void applyInPlace(double[] v, int from, int to) {
    double s = 1.0 / norm();
    for (int i = from; i < to; i++) v[i] = raw(v[i]) * s;
  }

  /** The Lipschitz constant of the normalized σ (exact for built-ins, computed otherwise). */
  double lipschitz();

  /** Whether {@link #derivative} is available. */
  default boolean hasDerivative() {
    return false;
  }

  /** σ'(x) of the normalized σ (a one-sided value at kinks); see {@link #hasDerivative}. */
  default double derivative(double x) {
    throw new org.nnl.core.InvalidRequestException("The activation " + name() + " has no derivative.");
  }

  /**
   * The points where f is not smooth (kinks or jumps), sorted; empty when f is analytic.
   * The Hermite core splits its quadrature there.
   */
  default double[] kinks() {
    return new double[0];
  }
}
