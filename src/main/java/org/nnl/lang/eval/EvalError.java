package org.nnl.lang.eval;

import org.nnl.lang.ast.Span;

/** A user error found while running, at the span of the expression or call that failed. */
public final class EvalError extends RuntimeException {
  private final Span span;

  public EvalError(Span span, String message) {
    super(message, null, false, false);
    this.span = span;
  }

  public Span span() {
    return span;
  }
}
