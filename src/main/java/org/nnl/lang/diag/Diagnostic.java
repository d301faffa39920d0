package org.nnl.lang.diag;

/**
 * One diagnostic: where (source name, 1-based line and column, length of the offending text),
 * how bad, and what. {@link #render} gives {@code file:line:col: error: Message.} followed by the
 * source line and a caret under the offending span.
 */
public record Diagnostic(String source, int line, int col, int length, Severity severity, String message,
                         String sourceLine) {

  public enum Severity { ERROR, WARNING, NOTE }

  /** Longest source line shown; a longer one is shown as a window around the column. */
  static final int WIDTH = 120;

  /**
   * {@code file:line:col: error: Message.} then the source line and carets. A line longer than
   * {@value #WIDTH} characters shows only a window around the column, marked with "..."; invisible
   * characters (controls, no-break and other odd spaces, format characters) show as '?', so the
   * caret stays under the offending text and the terminal receives nothing raw.
   */
  public String render() {
    StringBuilder sb = new StringBuilder();
    sb.append(source).append(':').append(line).append(':').append(col).append(": ")
        .append(severity.name().toLowerCase()).append(": ").append(message);
    if (sourceLine != null && !sourceLine.isEmpty()) {
      int[] cps = sourceLine.codePoints().toArray();
      int from = 0;
      int to = cps.length;
      if (cps.length > WIDTH) {
        from = Math.max(0, Math.min(col - 1 - WIDTH / 2, cps.length - WIDTH));
        to = Math.min(cps.length, from + WIDTH);
      }
      StringBuilder shown = new StringBuilder();
      StringBuilder caret = new StringBuilder();
      if (from > 0) {
        shown.append("...");
        caret.append("   ");
      }
      for (int i = from; i < to; i++) {
        int cp = cps[i];
        shown.appendCodePoint(cp == '\t' || visible(cp) ? cp : '?');
        if (i < col - 1) caret.append(cp == '\t' ? '\t' : ' ');
      }
      if (to < cps.length) shown.append("...");
      int carets = Math.max(1, Math.min(length, to - Math.max(from, col - 1)));
      sb.append('\n').append(shown).append('\n').append(caret).append("^".repeat(carets));
    }
    return sb.toString();
  }

  /** Whether {@code cp} prints as itself: not a control, not a space other than ' ', not a format character. */
  public static boolean visible(int cp) {
    if (cp == ' ') return true;
    int type = Character.getType(cp);
    return !Character.isISOControl(cp) && !Character.isSpaceChar(cp) && type != Character.FORMAT
        && type != Character.UNASSIGNED && type != Character.PRIVATE_USE && type != Character.SURROGATE;
  }

  /** {@code U+00A0 (NO-BREAK SPACE)}: how a message names a character that may not print. */
  public static String describe(int cp) {
    String name = Character.getName(cp);
    return String.format("U+%04X", cp) + (name == null ? "" : " (" + name + ")");
  }
}
