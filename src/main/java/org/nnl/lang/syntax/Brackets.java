package org.nnl.lang.syntax;

import java.util.ArrayDeque;

/**
 * Bracket nesting over a sequence of tokens, the one depth counter behind the parser's newline
 * rule, its "left open" diagnostics, and the REPL's completion and transcript. Round and square
 * brackets nest expressions (a newline inside them continues the statement); braces nest blocks
 * and records. A closing bracket closes the innermost open one whatever its kind (the parser
 * reports mismatches); one with nothing open is ignored, so the depth is never negative.
 *
 * @param <T> what is remembered of each opening token (the token itself, or its index)
 */
public final class Brackets<T> {
  private record Open<T>(T at, boolean brace) {}

  private final ArrayDeque<Open<T>> open = new ArrayDeque<>();
  private int expression;

  /** Whether {@code text} is an opening bracket: {@code (}, {@code [} or <code>{</code>. */
  public static boolean opens(String text) {
    return text.equals("(") || text.equals("[") || text.equals("{");
  }

  /** Whether {@code text} is a closing bracket: {@code )}, {@code ]} or <code>}</code>. */
  public static boolean closes(String text) {
    return text.equals(")") || text.equals("]") || text.equals("}");
  }

  /** Takes one token ({@code text}, remembered as {@code at} when it opens); true when it is a bracket. */
  public boolean step(String text, T at) {
    if (opens(text)) {
      boolean brace = text.equals("{");
      open.push(new Open<>(at, brace));
      if (!brace) expression++;
      return true;
    }
    if (closes(text)) {
      Open<T> o = open.poll();
      if (o != null && !o.brace()) expression--;
      return true;
    }
    return false;
  }

  /** The number of brackets of any kind open now. */
  public int depth() {
    return open.size();
  }

  /** The number of round and square brackets open now (inside them a newline does not end a statement). */
  public int expressionDepth() {
    return expression;
  }

  /** What was remembered of the innermost open bracket, or null when none is open. */
  public T innermost() {
    Open<T> o = open.peek();
    return o == null ? null : o.at();
  }
}
