package org.nnl.lang.ast;

import java.util.List;

/**
 * A parsed source: its name, its text (for diagnostics), its statements, and the line number of
 * the text's first line (a REPL entry starting at line 20000 of piped input is not padded).
 */
public record Program(String sourceName, String text, List<Stmt> statements, int firstLine) {
  public Program(String sourceName, String text, List<Stmt> statements) {
    this(sourceName, text, statements, 1);
  }

  /** Line {@code line} (1-based, counted from the whole input) without its end of line; empty if out of range. */
  public String line(int line) {
    return SourceLines.line(text, line - firstLine + 1);
  }
}
