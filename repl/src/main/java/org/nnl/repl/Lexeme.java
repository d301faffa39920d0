package org.nnl.repl;

/** One token of REPL input: its type and its span {@code [start, end)} in the buffer. */
record Lexeme(Type type, int start, int end, String text) {

  /** What a token is, as far as highlighting and completion care. */
  enum Type { KEYWORD, NUMBER, STRING, COMMENT, NAME, SYMBOL, SPACE }

  /** Whether a string token lacks its closing quote (the cursor is still inside it). */
  boolean unterminated() {
    return type == Type.STRING && (text.length() < 2 || !text.endsWith("\""));
  }
}
