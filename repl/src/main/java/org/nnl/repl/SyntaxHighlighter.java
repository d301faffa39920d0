package org.nnl.repl;

import java.util.List;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.nnl.lang.Session;
import org.nnl.lang.diag.Diagnostic;

/**
 * Colours the buffer as it is typed: keywords bold blue, numbers cyan, strings green, comments
 * faint; and, once the entry is complete, the span of every diagnostic the checker reports
 * ({@link Session#check}) red and underlined, before the entry is run.
 */
final class SyntaxHighlighter implements Highlighter {
  static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
  static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
  static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
  static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.faint();
  static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).underline();

  /** The diagnostics of a buffer (none while it is incomplete). */
  interface BufferChecker {
    List<Diagnostic> check(String buffer);
  }

  private final BufferChecker checker;

  SyntaxHighlighter(BufferChecker checker) {
    this.checker = checker;
  }

  /** Checks complete buffers with the session's checker, against the session's bindings (one parse per redraw). */
  static SyntaxHighlighter of(Session session) {
    return new SyntaxHighlighter(b -> session.checkEntry(b, "<input>"));
  }

  @Override
  public AttributedString highlight(LineReader reader, String buffer) {
    return highlight(buffer, reader == null ? -1 : reader.getBuffer().cursor());
  }

  AttributedString highlight(String buffer) {
    return highlight(buffer, -1);
  }

  /**
   * Colours {@code buffer}; a diagnostic whose span holds the cursor (the word being typed, e.g.
   * {@code dra} on the way to {@code draw}) is not marked until the cursor leaves it.
   */
  AttributedString highlight(String buffer, int cursor) {
    AttributedStringBuilder sb = new AttributedStringBuilder();
    if (Commands.isCommand(buffer)) {
      return sb.append(buffer, AttributedStyle.BOLD).toAttributedString();
    }
    for (Lexeme t : Lexemes.scan(buffer)) {
      sb.append(t.text(), styleOf(t.type()));
    }
    for (int[] span : errorSpans(buffer)) {
      if (cursor >= span[0] && cursor <= span[0] + span[1]) continue;
      markError(sb, span[0], span[1]);
    }
    return sb.toAttributedString();
  }

  private static void markError(AttributedStringBuilder sb, int start, int length) {
    AttributedString whole = sb.toAttributedString();
    sb.setLength(0);
    sb.append(whole.subSequence(0, start));
    sb.append(whole.subSequence(start, start + length).toString(), ERROR);
    sb.append(whole.subSequence(start + length, whole.length()));
  }

  static AttributedStyle styleOf(Lexeme.Type type) {
    return switch (type) {
      case KEYWORD -> KEYWORD;
      case NUMBER -> NUMBER;
      case STRING -> STRING;
      case COMMENT -> COMMENT;
      default -> AttributedStyle.DEFAULT;
    };
  }

  /** Offsets {start, length} of the checker's diagnostics, clipped to the buffer; none while incomplete. */
  List<int[]> errorSpans(String buffer) {
    if (buffer.isBlank()) return List.of();
    try {
      return Spans.of(buffer, checker.check(buffer));
    } catch (RuntimeException e) {
      return List.of();
    }
  }
}
