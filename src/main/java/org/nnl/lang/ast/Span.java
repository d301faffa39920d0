package org.nnl.lang.ast;

/** A piece of source text: 1-based line and column of its first character, and its length on that line. */
public record Span(int line, int col, int length) {
  public static final Span NONE = new Span(0, 0, 0);

  /** The span from the start of {@code this} to the end of {@code end} (clipped to this line). */
  public Span to(Span end) {
    if (end.line != line) return this;
    return new Span(line, col, Math.max(length, end.col + end.length - col));
  }
}
