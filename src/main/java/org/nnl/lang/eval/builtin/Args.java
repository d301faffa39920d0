package org.nnl.lang.eval.builtin;

import java.util.Map;

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
    throw new org.nnl.core.InvalidRequestException("Argument '" + name + "' must be a number, not " + describe(v) + ".");
  }

  /** A number that must be a whole number (e.g. a degree, a width, a count). */
  public int integer(String name) {
    double d = number(name);
    if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
      throw new org.nnl.core.InvalidRequestException("Argument '" + name + "' must be a whole number, not " + d + ".");
    }
    return (int) d;
  }

  public String string(String name) {
    Object v = values.get(name);
    if (v instanceof String s) return s;
    throw new org.nnl.core.InvalidRequestException("Argument '" + name + "' must be a string, not " + describe(v) + ".");
  }

  @SuppressWarnings("unchecked")
  public <T> T as(String name, Class<T> type, String kindName) {
    Object v = values.get(name);
    if (type.isInstance(v)) return (T) v;
    throw new org.nnl.core.InvalidRequestException("Argument '" + name + "' must be " + kindName + ", not " + describe(v) + ".");
  }

  static String describe(Object v) {
    return v == null ? "nothing" : v.getClass().getSimpleName();
  }
}
