package org.nnl.embed;

import org.nnl.lang.JavaValues;
import org.nnl.lang.syntax.Syntax;

/**
 * Host (Java, Groovy) values converted to the language's values before they are bound: the
 * session's one conversion ({@link JavaValues#convert}: numbers to Double, arrays and
 * collections to lists, maps to records, CharSequences to String), with every Groovy closure
 * becoming a DoubleUnaryOperator, which the session binds as an activation.
 */
public final class HostValues {
  private HostValues() {}

  public static Object toNnl(Object v) {
    return JavaValues.convert(v, x -> GroovySupport.isClosure(x) ? GroovySupport.function(x) : x);
  }

  /** Whether {@code name} can name an NNL binding: an identifier that is not reserved. */
  public static boolean isBindableName(String name) {
    return Syntax.isName(name);
  }
}
