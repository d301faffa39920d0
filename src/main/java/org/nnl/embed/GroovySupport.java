package org.nnl.embed;

import groovy.lang.Closure;
import java.util.function.DoubleUnaryOperator;

/** Groovy closures seen from Java (Groovy is an ordinary dependency): a closure becomes x ↦ closure(x). */
final class GroovySupport {
  private GroovySupport() {}

  static boolean isClosure(Object v) {
    return v instanceof Closure<?>;
  }

  /** x ↦ ((Number) closure.call(x)).doubleValue(); the closure must return a number. */
  static DoubleUnaryOperator function(Object closure) {
    Closure<?> c = (Closure<?>) closure;
    return x -> {
      Object y = c.call(x);
      if (y instanceof Number n) return n.doubleValue();
      throw new org.nnl.core.InvalidRequestException(
          "A Groovy closure used as an activation must return a number, not " + (y == null ? "null" : y.getClass().getSimpleName()) + ".");
    };
  }
}
