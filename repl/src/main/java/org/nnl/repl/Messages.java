package org.nnl.repl;

import java.io.PrintStream;
import java.util.List;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.diag.NnlException;

/**
 * Errors and notes of the REPL, on the error stream: plain text without a terminal, and on a
 * terminal with colour — the word {@code error} red, the offending span of the source line red
 * and underlined above its carets.
 */
final class Messages {
  private final PrintStream err;
  private final boolean ansi;

  Messages(PrintStream err, boolean ansi) {
    this.err = err;
    this.ansi = ansi;
  }

  void diagnostics(NnlException e) {
    List<Diagnostic> ds = e.diagnostics();
    if (ds.isEmpty()) error(e.getMessage());
    for (Diagnostic d : ds) err.println(ansi ? colour(d) : d.render());
    err.flush();
  }

  void error(String message) {
    err.println(ansi ? new AttributedString(message, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED)).toAnsi() : message);
    err.flush();
  }

  void note(String message) {
    err.println(ansi ? new AttributedString(message, AttributedStyle.DEFAULT.faint()).toAnsi() : message);
    err.flush();
  }

  /** The rendering of {@link Diagnostic#render} with the severity and the span coloured. */
  static String colour(Diagnostic d) {
    String[] lines = d.render().split("\n", -1);
    AttributedStringBuilder sb = new AttributedStringBuilder();
    String head = lines[0];
    String sev = d.severity().name().toLowerCase() + ":";
    int at = head.indexOf(sev);
    AttributedStyle sevStyle = AttributedStyle.BOLD.foreground(
        d.severity() == Diagnostic.Severity.ERROR ? AttributedStyle.RED : AttributedStyle.YELLOW);
    if (at >= 0) {
      sb.append(head.substring(0, at)).append(sev, sevStyle).append(head.substring(at + sev.length()));
    } else {
      sb.append(head);
    }
    if (lines.length >= 3) {
      String src = lines[1];
      int start = Math.min(Math.max(0, d.col() - 1), src.length());
      int end = Math.min(src.length(), start + Math.max(1, d.length()));
      sb.append('\n').append(src.substring(0, start)).append(src.substring(start, end), SyntaxHighlighter.ERROR)
          .append(src.substring(end)).append('\n').append(lines[2], sevStyle);
    }
    return sb.toAnsi();
  }
}
