package org.nnl.core.act;

/**
 * An activation σ as a network applies it: σ(x) = raw(x) / scale(). Built-ins and user
 * functions are normalized, scale = norm = √(E raw(X)²) for X ~ N(0, 1), so E σ(X)² = 1;
 * {@code raw(a)} keeps scale = 1 (the function as it is) while its norm stays √(E f(X)²).
 * Built-ins live in {@link Activations}; user-defined ones come from a
 * {@link java.util.function.DoubleUnaryOperator} with the points where it is not smooth.
 * {@code toString()} reads like the declaration: {@code relu}, {@code leaky(0.1)}.
 */
public interface Activation {

  /** The printed name, e.g. {@code relu}, {@code leaky(0.1)}, {@code truncate(relu, 4)}. */
  String name();

  /** The unnormalized function f. */
  double raw(double x);

  /** √(E f(X)²), X ~ N(0, 1), of the unnormalized function f. */
  double norm();

  /** The divisor apply uses: σ = f / scale. Equal to {@link #norm()} unless the activation is raw. */
  default double scale() {
    return norm();
  }

  /** σ(x) = f(x) / scale. */
  default double apply(double x) {
    return raw(x) / scale();
  }

  /** Applies σ to v[from, to) in place (hot loop of the forward pass). */
  default void applyInPlace(double[] v, int from, int to) {
    double s = 1.0 / scale();
    for (int i = from; i < to; i++) v[i] = raw(v[i]) * s;
  }

  /** The Lipschitz constant of σ as applied (exact for built-ins, computed otherwise). */
  double lipschitz();

  /** Whether {@link #derivative} is available. */
  default boolean hasDerivative() {
    return false;
  }

  /** σ'(x) of σ as applied (a one-sided value at kinks); see {@link #hasDerivative}. */
  default double derivative(double x) {
    throw new org.nnl.core.InvalidRequestException("The activation " + name() + " has no derivative.");
  }

  /** v[i] ← v[i]·σ'(z[i]) for i in [from, to): the backward pass of SGD (same values as {@link #derivative}). */
  default void multiplyByDerivative(double[] v, double[] z, int from, int to) {
    for (int i = from; i < to; i++) v[i] *= derivative(z[i]);
  }

  /**
   * The points where f is not smooth (kinks or jumps), sorted; empty when f is analytic or
   * when they are unknown (the Hermite core then finds them by adaptive splitting).
   */
  default double[] kinks() {
    return new double[0];
  }

  /**
   * σ̂(ρ) = E σ(X)σ(Y), corr(X, Y) = ρ, in closed form when one is known (relu's arc-cosine
   * kernel, erf's arcsine kernel, ...); NaN otherwise (the Hermite core then computes it).
   */
  default double knownDual(double rho) {
    return Double.NaN;
  }
}
