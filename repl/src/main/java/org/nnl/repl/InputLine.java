package org.nnl.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;

/**
 * The REPL buffer as JLine sees it: the whole text, the cursor, and the word being completed —
 * the identifier left of the cursor, or inside an unterminated string (or after a {@code :load}
 * style command) the partial file name. Candidates are inserted as they are, never escaped.
 */
record InputLine(String line, int cursor, String word, int wordCursor) implements CompletingParsedLine {

  /** The word that ends at {@code cursor} in {@code line}. */
  static InputLine at(String line, int cursor) {
    String before = line.substring(0, cursor);
    int start = cursor;
    List<Lexeme> tokens = Lexemes.scan(before);
    Lexeme last = tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    if (before.stripLeading().startsWith(":")) {
      start = before.lastIndexOf(' ') + 1;
      if (start == 0) start = before.indexOf(':');
    } else if (last != null && last.unterminated()) {
      start = last.start() + 1;
    } else {
      while (start > 0 && isWordChar(before.charAt(start - 1))) start--;
    }
    return new InputLine(line, cursor, before.substring(start), cursor - start);
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  @Override
  public int wordIndex() {
    return 0;
  }

  @Override
  public List<String> words() {
    return List.of(word);
  }

  @Override
  public CharSequence escape(CharSequence candidate, boolean complete) {
    return candidate;
  }

  @Override
  public int rawWordCursor() {
    return wordCursor;
  }

  @Override
  public int rawWordLength() {
    return word.length();
  }
}
