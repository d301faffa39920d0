package org.nnl.core.act;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** The catalog of activations (API shape; the hermite engineer fills in the bodies). */
public final class Activations {
  private Activations() {}

  /** The built-in names: relu, erf, relulike, tanh, logistic, softplus, gelu, abs, identity (leaky takes alpha). */
  public static List<String> names() { return List.of(); }

  /** The built-in named {@code name}; refused with the known names when unknown. */
  public static Activation builtin(String name) { return null; }

  /** leaky(alpha): max(alpha·x, x), normalized. */
  public static Activation leaky(double alpha) { return null; }

  /** raw(a): the unnormalized function of a, used as an activation as it is. */
  public static Activation raw(Activation a) { return null; }

  /** A user-defined activation f, normalized, with the points where f is not smooth. */
  public static Activation user(String name, DoubleUnaryOperator f, double[] kinks) { return null; }
}
