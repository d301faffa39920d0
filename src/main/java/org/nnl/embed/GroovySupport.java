package org.nnl.embed;

import groovy.lang.Closure;
import java.util.function.DoubleUnaryOperator;

/** Groovy closures seen from Java (Groovy is an ordinary dependency): a closure becomes x ↦ closure(x). */
final class GroovySupport {
  private GroovySupport() {}

  static boolean isClosure(Object v) {
    return v instanceof Closure<?>;
  }

  /**
   * x ↦ ((Number) closure.call(x)).doubleValue(); the closure must return a number. What the
   * closure throws becomes an {@link org.nnl.core.InvalidRequestException} naming it and x.
   */
  static DoubleUnaryOperator function(Object closure) {
    Closure<?> c = (Closure<?>) closure;
    return x -> {
      Object y;
      try {
        y = c.call(x);
      } catch (org.nnl.core.InvalidRequestException | java.util.concurrent.CancellationException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        // The host's own failure, said as such: the closure's exception and the point where it happened.
        throw new org.nnl.core.InvalidRequestException("The Groovy closure used as an activation threw "
            + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + " at x = " + x + ".");
      }
      if (y instanceof Number n) return n.doubleValue();
      throw new org.nnl.core.InvalidRequestException(
          "A Groovy closure used as an activation must return a number, not " + (y == null ? "null" : y.getClass().getSimpleName()) + ".");
    };
  }
}
