package org.nnl.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A forgiving scanner of NNL text for highlighting and completion. Hand-written rather than
 * the ANTLR lexer because it must accept every half-typed buffer (an unterminated string, a
 * dangling {@code 1e}) without error recovery, and must keep whitespace as tokens so that
 * spans cover the whole buffer: the concatenated token texts equal the input.
 */
final class Lexer {
  /** The reserved words of language.md. */
  static final Set<String> KEYWORDS = Set.of("activation", "architecture", "distribution", "learner",
      "let", "print", "for", "in", "seed", "digits", "save", "to", "plot", "import", "sweep",
      "true", "false", "and", "or", "not");

  private Lexer() {}

  static List<Token> scan(String s) {
    List<Token> out = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      int j = i + 1;
      Token.Type type;
      if (c == '#') {
        while (j < n && s.charAt(j) != '\n') j++;
        type = Token.Type.COMMENT;
      } else if (c == '"') {
        while (j < n && s.charAt(j) != '"' && s.charAt(j) != '\n') j++;
        if (j < n && s.charAt(j) == '"') j++;
        type = Token.Type.STRING;
      } else if (Character.isDigit(c)) {
        j = number(s, i);
        type = Token.Type.NUMBER;
      } else if (Character.isLetter(c) || c == '_') {
        while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
        type = KEYWORDS.contains(s.substring(i, j)) ? Token.Type.KEYWORD : Token.Type.NAME;
      } else if (Character.isWhitespace(c)) {
        while (j < n && Character.isWhitespace(s.charAt(j))) j++;
        type = Token.Type.SPACE;
      } else {
        type = Token.Type.SYMBOL;
      }
      out.add(new Token(type, i, j, s.substring(i, j)));
      i = j;
    }
    return out;
  }

  /** The end of the number starting at {@code i}: digits, an optional fraction (not {@code ..}), an exponent. */
  private static int number(String s, int i) {
    int n = s.length();
    int j = digits(s, i);
    if (j + 1 < n && s.charAt(j) == '.' && Character.isDigit(s.charAt(j + 1))) j = digits(s, j + 1);
    if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) k++;
      if (k < n && Character.isDigit(s.charAt(k))) j = digits(s, k);
    }
    return j;
  }

  private static int digits(String s, int i) {
    while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
    return i;
  }
}
