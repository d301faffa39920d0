package org.nnl.core.net;

import org.nnl.core.act.Activation;

/** Closed-form activations for tests that must not depend on the catalog. */
public final class TestActivations {
  private TestActivations() {}

  /** relu normalized: E relu(X)² = 1/2, so σ(x) = √2·max(0, x); Lipschitz √2. */
  public static final Activation RELU = new Activation() {
    public String name() { return "relu"; }
    public double raw(double x) { return Math.max(0, x); }
    public double norm() { return Math.sqrt(0.5); }
    public double lipschitz() { return Math.sqrt(2); }
  };

  /** tanh with its own normalization passed in (E tanh(X)² computed by the caller). */
  public static Activation identity() {
    return new Activation() {
      public String name() { return "identity"; }
      public double raw(double x) { return x; }
      public double norm() { return 1; }
      public double lipschitz() { return 1; }
    };
  }
}
