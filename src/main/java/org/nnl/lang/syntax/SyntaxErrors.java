package org.nnl.lang.syntax;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.nnl.lang.ast.Span;

/**
 * Collects syntax errors and rewrites ANTLR's messages in NNL's voice: one error per line (the
 * first; later ones on that line are usually echoes of it), and whether an error happened at the
 * end of the input (then the input is merely incomplete, which the REPL uses for continuation).
 */
final class SyntaxErrors extends BaseErrorListener {
  /** One error: where it is, and its message in NNL's voice. */
  record Entry(Span span, String message) {}

  final List<Entry> errors = new ArrayList<>();
  private final Set<Integer> lines = new HashSet<>();
  boolean atEnd;
  /** The innermost bracket or brace left open at the end of the input, or null. */
  Token unclosed;
  /** The last token before the end of the input, or null. */
  Token last;

  @Override
  public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                          RecognitionException e) {
    Token t = offending instanceof Token tok ? tok : null;
    if (t != null && t.getType() == Token.EOF) atEnd = true;
    if (!lines.add(line)) return;
    int length = t == null || t.getType() == Token.EOF ? 1 : Math.max(1, t.getText().length());
    String text = t == null ? null : t.getText();
    String message = t == null ? "Unexpected text." : describe(recognizer, t, e, text);
    errors.add(new Entry(new Span(line, col + 1, length), message));
  }

  private String describe(Recognizer<?, ?> recognizer, Token t, RecognitionException e, String text) {
    IntervalSet expected = null;
    if (recognizer instanceof Parser p) {
      try {
        expected = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : p.getExpectedTokens();
      } catch (RuntimeException ignored) {
        expected = null;
      }
    }
    String want = expected == null ? "" : expectation(expected, recognizer);
    return switch (t.getType()) {
      case Token.EOF -> endMessage(want);
      case NnlLexer.UNTERMINATED_STRING -> "Unterminated string; close it with '\"' on the same line.";
      case NnlLexer.ERROR_CHAR -> {
        int cp = text.codePointAt(0);
        yield org.nnl.lang.diag.Diagnostic.visible(cp) && cp != ' '
            ? "Unexpected character '" + text + "'" + (cp > 127 ? " " + org.nnl.lang.diag.Diagnostic.describe(cp) : "") + "."
            : "Unexpected invisible character " + org.nnl.lang.diag.Diagnostic.describe(cp) + "; retype it as a plain space or delete it.";
      }
      case NnlLexer.NL -> "Unexpected end of line" + (want.isEmpty() ? "." : "; expected " + want + ".");
      default -> {
        if (Character.isLetter(text.charAt(0)) && t.getType() != NnlLexer.ID && expected != null
            && expected.contains(NnlLexer.ID)) {
          yield "'" + text + "' is a keyword and cannot be used as a name.";
        }
        if (expected != null && expected.contains(NnlLexer.NL) && expected.contains(Token.EOF)) {
          yield "Unexpected '" + text + "' after the end of a statement; start a new line or use ';'.";
        }
        yield "Unexpected '" + text + "'" + (want.isEmpty() ? "." : "; expected " + want + ".");
      }
    };
  }

  private String endMessage(String want) {
    if (unclosed != null) {
      String close = switch (unclosed.getText()) {
        case "(" -> ")";
        case "[" -> "]";
        default -> "}";
      };
      return "The input ends inside the '" + unclosed.getText() + "' opened at " + unclosed.getLine() + ":"
          + (unclosed.getCharPositionInLine() + 1) + "; close it with '" + close + "'.";
    }
    if (last != null && Newlines.CONTINUES.contains(last.getText())) {
      return "The input ends after '" + last.getText() + "'; what follows it is missing.";
    }
    return "The input ends too early" + (want.isEmpty() ? "." : "; expected " + want + ".");
  }

  /** "')'", "')' or ','" for small sets; empty when the set is too large to help. */
  private static String expectation(IntervalSet set, Recognizer<?, ?> recognizer) {
    List<Integer> types = set.toList();
    if (types.isEmpty() || types.size() > 3) return "";
    List<String> names = new ArrayList<>();
    for (int type : types) {
      if (type == Token.EOF) names.add("end of input");
      else if (type == NnlLexer.NL) names.add("end of line");
      else if (type == NnlLexer.ID) names.add("a name");
      else if (type == NnlLexer.NUMBER) names.add("a number");
      else if (type == NnlLexer.STRING) names.add("a string");
      else {
        String lit = recognizer.getVocabulary().getLiteralName(type);
        if (lit == null) return "";
        names.add(lit);
      }
    }
    return names.size() == 1 ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
  }
}
