package org.nnl.repl;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.nnl.lang.syntax.NnlLexer;
import org.nnl.lang.syntax.Syntax;

/**
 * The REPL's view of its input, read by the language's own ANTLR lexer ({@link NnlLexer}), so
 * highlighting and completion see exactly the tokens the parser sees. The lexer skips spaces and
 * comments; they come back here as SPACE and COMMENT lexemes, so that the lexemes cover the
 * whole buffer: their concatenated texts equal the input.
 */
final class Lexemes {
  private Lexemes() {}

  static List<Lexeme> scan(String s) {
    List<Lexeme> out = new ArrayList<>();
    NnlLexer lexer = new NnlLexer(CharStreams.fromString(s));
    lexer.removeErrorListeners();
    int at = 0; // chars
    int atPoint = 0; // code points: the lexer's indices
    for (Token t : lexer.getAllTokens()) {
      if (t.getType() == Token.EOF) break;
      int start = s.offsetByCodePoints(at, t.getStartIndex() - atPoint);
      int end = s.offsetByCodePoints(start, t.getStopIndex() + 1 - t.getStartIndex());
      gap(s, at, start, out);
      out.add(new Lexeme(type(t), start, end, s.substring(start, end)));
      at = end;
      atPoint = t.getStopIndex() + 1;
    }
    gap(s, at, s.length(), out);
    return out;
  }

  private static Lexeme.Type type(Token t) {
    return switch (t.getType()) {
      case NnlLexer.NUMBER -> Lexeme.Type.NUMBER;
      case NnlLexer.STRING, NnlLexer.UNTERMINATED_STRING -> Lexeme.Type.STRING;
      case NnlLexer.ID -> Lexeme.Type.NAME;
      case NnlLexer.NL -> Lexeme.Type.SPACE;
      default -> Syntax.keywords().contains(t.getText()) ? Lexeme.Type.KEYWORD : Lexeme.Type.SYMBOL;
    };
  }

  /** What the lexer skipped between {@code from} and {@code to}: runs of spaces and comments (# to the end of the line). */
  private static void gap(String s, int from, int to, List<Lexeme> out) {
    int i = from;
    while (i < to) {
      int j = i + 1;
      Lexeme.Type type;
      if (s.charAt(i) == '#') {
        while (j < to && s.charAt(j) != '\n' && s.charAt(j) != '\r') j++;
        type = Lexeme.Type.COMMENT;
      } else {
        while (j < to && s.charAt(j) != '#') j++;
        type = Lexeme.Type.SPACE;
      }
      out.add(new Lexeme(type, i, j, s.substring(i, j)));
      i = j;
    }
  }
}
