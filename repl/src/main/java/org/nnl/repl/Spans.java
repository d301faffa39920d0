package org.nnl.repl;

import java.util.ArrayList;
import java.util.List;
import org.nnl.lang.diag.Diagnostic;

/** Converts diagnostics' (line, column, length) positions into offsets of a buffer. */
final class Spans {
  private Spans() {}

  /** {start, length} per diagnostic that falls inside {@code text}, length at least 1. */
  static List<int[]> of(String text, List<Diagnostic> diagnostics) {
    List<int[]> out = new ArrayList<>();
    for (Diagnostic d : diagnostics) {
      int start = offset(text, d.line(), d.col());
      if (start < 0 || start >= text.length()) continue;
      int length = Math.max(1, Math.min(d.length(), text.length() - start));
      out.add(new int[] {start, length});
    }
    return out;
  }

  /** The offset of 1-based (line, col) in {@code text}, or -1 when outside. */
  static int offset(String text, int line, int col) {
    int start = 0;
    for (int l = 1; l < line; l++) {
      start = text.indexOf('\n', start) + 1;
      if (start == 0) return -1;
    }
    int end = text.indexOf('\n', start);
    if (end < 0) end = text.length();
    int at = start + col - 1;
    return col >= 1 && at <= end ? at : -1;
  }
}
