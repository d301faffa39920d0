package org.nnl.embed;

import java.util.function.DoubleUnaryOperator;

/**
 * Groovy closures seen from Java without requiring Groovy on the class path: the closure class
 * is looked up once; a closure becomes the DoubleUnaryOperator x ↦ closure(x).
 */
final class GroovySupport {
  private static final Class<?> CLOSURE = find();

  private GroovySupport() {}

  private static Class<?> find() {
    try {
      return Class.forName("groovy.lang.Closure", false, GroovySupport.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  static boolean isClosure(Object v) {
    return CLOSURE != null && CLOSURE.isInstance(v);
  }

  /**
   * x ↦ ((Number) closure.call(x)).doubleValue(); the closure must return a number. What the
   * closure throws becomes an {@link org.nnl.core.InvalidRequestException} naming it and x.
   */
  static DoubleUnaryOperator function(Object closure) {
    groovy.lang.Closure<?> c = (groovy.lang.Closure<?>) closure;
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
