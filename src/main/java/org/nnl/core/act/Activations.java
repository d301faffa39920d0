package org.nnl.core.act;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.text.Suggest;

/** The catalog of activations: the built-ins by name, leaky(α), raw(a) and user functions. */
public final class Activations {
  private Activations() {}

  private static final Map<BuiltinFunction, BuiltinActivation> BUILTINS = new EnumMap<>(BuiltinFunction.class);

  static {
    for (BuiltinFunction f : BuiltinFunction.values()) BUILTINS.put(f, new BuiltinActivation(f));
  }

  /** The built-in names: relu, erf, relulike, tanh, logistic, softplus, gelu, abs, identity (leaky takes alpha). */
  public static List<String> names() {
    List<String> out = new ArrayList<>();
    for (BuiltinFunction f : BuiltinFunction.values()) out.add(f.label);
    return List.copyOf(out);
  }

  /** The built-in named {@code name}; refused with the nearest and the known names when unknown. */
  public static Activation builtin(String name) {
    for (BuiltinFunction f : BuiltinFunction.values()) if (f.label.equals(name)) return BUILTINS.get(f);
    if ("leaky".equals(name)) {
      throw new InvalidRequestException("Activation 'leaky' needs its slope: write leaky(alpha), e.g. leaky(0.1).");
    }
    List<String> bare = new ArrayList<>(names());
    bare.add("leaky");
    String near = Suggest.nearest(name, bare);
    if ("leaky".equals(near)) near = "leaky(alpha)";
    List<String> known = new ArrayList<>(names());
    known.add("leaky(alpha)");
    throw new InvalidRequestException("Unknown activation '" + name + "'."
        + (near == null ? "" : " Did you mean '" + near + "'?") + " Known: " + String.join(", ", known) + ".");
  }

  /** leaky(alpha): max(alpha·x, x), normalized. */
  public static Activation leaky(double alpha) {
    InvalidRequestException.require(Double.isFinite(alpha), "leaky(alpha) needs a finite alpha, not %s.", alpha);
    return new Leaky(alpha);
  }

  /** raw(a): the unnormalized function of a, used as an activation as it is (raw of raw is raw). */
  public static Activation raw(Activation a) {
    InvalidRequestException.require(a != null, "raw(a) needs an activation.");
    if (a instanceof RawActivation) return a;
    return new RawActivation(a);
  }

  /**
   * A user-defined activation f, normalized, with the points where f is not smooth ({@code kinks}
   * may be empty: unknown kinks are then found by adaptive splitting). Refuses f that is NaN or
   * infinite somewhere, identically zero, or not square-integrable under N(0, 1).
   */
  public static Activation user(String name, DoubleUnaryOperator f, double[] kinks) {
    InvalidRequestException.require(name != null && !name.isBlank(), "A user activation needs a name.");
    InvalidRequestException.require(f != null, "Activation %s needs a function.", name);
    return new UserActivation(name, f, kinks == null ? new double[0] : kinks);
  }

  /** The activation that {@code a = raw(inner)} wraps, or null when a is not a raw(...). */
  public static Activation rawInner(Activation a) {
    return a instanceof RawActivation r ? r.inner() : null;
  }
}
