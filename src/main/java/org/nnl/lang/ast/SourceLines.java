package org.nnl.lang.ast;

/** Extracts one line of a source text for diagnostics. */
public final class SourceLines {
  private SourceLines() {}

  /** Line {@code line} (1-based) of {@code text} without its line end; empty when out of range. */
  public static String line(String text, int line) {
    if (text == null || line < 1) return "";
    int start = 0;
    for (int i = 1; i < line; i++) {
      int nl = text.indexOf('\n', start);
      if (nl < 0) return "";
      start = nl + 1;
    }
    int end = text.indexOf('\n', start);
    String s = end < 0 ? text.substring(start) : text.substring(start, end);
    return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
  }
}
