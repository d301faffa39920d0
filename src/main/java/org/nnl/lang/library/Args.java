package org.nnl.lang.library;

import java.util.List;
import java.util.Map;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.SeedStream;
import org.nnl.core.text.Numbers;

/**
 * The arguments of one call, already matched to parameter names (positional first, then
 * named) and defaulted. Typed getters convert or throw
 * {@link org.nnl.core.InvalidRequestException} naming the parameter and the kind expected.
 */
public record Args(Map<String, Object> values) {
  public boolean has(String name) {
    return values.get(name) != null;
  }

  public Object get(String name) {
    return values.get(name);
  }

  public double number(String name) {
    Object v = values.get(name);
    if (v instanceof Number n) return n.doubleValue();
    throw new InvalidRequestException("Argument '" + name + "' must be a number, not " + Kinds.describe(v) + ".");
  }

  /** A finite number. */
  public double finite(String name) {
    double d = number(name);
    if (!Double.isFinite(d)) throw new InvalidRequestException("Argument '" + name + "' must be a finite number, not " + d + ".");
    return d;
  }

  /** A number that must be a whole number (e.g. a degree, a width, a count). */
  public int integer(String name) {
    double d = number(name);
    if (d != Math.rint(d)) {
      throw new InvalidRequestException("Argument '" + name + "' must be a whole number, not " + plain(d) + ".");
    }
    if (Math.abs(d) > Integer.MAX_VALUE) {
      throw new InvalidRequestException("Argument '" + name + "' is " + plain(d) + ": too large; at most "
          + Integer.MAX_VALUE + " is allowed.");
    }
    return (int) d;
  }

  /** A whole number ≥ 0 (a degree, an index). */
  public int natural(String name) {
    int n = integer(name);
    if (n < 0) throw new InvalidRequestException("Argument '" + name + "' must be at least 0, not " + n + ".");
    return n;
  }

  /** A whole number ≥ 1 (a dimension, a count of samples or networks). */
  public int positive(String name) {
    int n = integer(name);
    if (n < 1) throw new InvalidRequestException("Argument '" + name + "' must be at least 1, not " + n + ".");
    return n;
  }

  /**
   * The {@code seed:} argument, or, when it is absent, the next seed of the session's stream
   * (taken once per call: call this once, and only when the call needs its seed).
   */
  public long seed(CallContext ctx) {
    if (!has("seed")) return ctx.nextSeed();
    double d = number("seed");
    if (d != Math.rint(d)) {
      throw new InvalidRequestException("Argument 'seed' must be a whole number, not " + plain(d) + ".");
    }
    if (Math.abs(d) > SeedStream.MAX_SEED) {
      throw new InvalidRequestException("Argument 'seed' is " + plain(d) + ": too large; a seed is at most "
          + SeedStream.MAX_SEED + " (2^53 − 1) in size.");
    }
    return (long) d;
  }

  /** A list of whole numbers ≥ 1 (widths, sample sizes). */
  public int[] positives(String name) {
    List<?> l = as(name, List.class, "a list of whole numbers");
    int[] out = new int[l.size()];
    for (int i = 0; i < out.length; i++) {
      Object v = l.get(i);
      double d = v instanceof Number n ? n.doubleValue() : Double.NaN;
      if (d == Math.rint(d) && d > Integer.MAX_VALUE) {
        throw new InvalidRequestException("Argument '" + name + "' holds " + plain(d) + " (item " + (i + 1)
            + "): too large; at most " + Integer.MAX_VALUE + " is allowed.");
      }
      if (d != Math.rint(d) || d < 1) {
        throw new InvalidRequestException("Argument '" + name + "' must hold whole numbers ≥ 1; item " + (i + 1)
            + " is " + (v instanceof Number ? plain(d) : Kinds.describe(v)) + ".");
      }
      out[i] = (int) d;
    }
    return out;
  }

  public String string(String name) {
    Object v = values.get(name);
    if (v instanceof String s) return s;
    throw new InvalidRequestException("Argument '" + name + "' must be a string, not " + Kinds.describe(v) + ".");
  }

  @SuppressWarnings("unchecked")
  public <T> T as(String name, Class<T> type, String kindName) {
    Object v = values.get(name);
    if (type.isInstance(v)) return (T) v;
    throw new InvalidRequestException("Argument '" + name + "' must be " + kindName + ", not " + Kinds.describe(v) + ".");
  }

  /** The value, or null when the argument is absent; otherwise as {@link #as}. */
  public <T> T optional(String name, Class<T> type, String kindName) {
    return has(name) ? as(name, type, kindName) : null;
  }

  /** A number as the language writes it: 3, 0.5, 1.0E-6 (full precision). */
  public static String plain(Object v) {
    if (v instanceof Number n) return Numbers.plain(n.doubleValue());
    return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
  }
}
