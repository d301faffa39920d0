package org.nnl.lang.ast;

import java.util.List;

/** A parsed source: its name, its text (for diagnostics) and its statements. */
public record Program(String sourceName, String text, List<Stmt> statements) {
  /** Line {@code line} (1-based) of the text, without its end of line; empty if out of range. */
  public String line(int line) {
    return SourceLines.line(text, line);
  }
}
