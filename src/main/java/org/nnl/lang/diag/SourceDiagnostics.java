package org.nnl.lang.diag;

import org.nnl.core.io.TextFiles;

/** Diagnostics about source files themselves (text that is not valid UTF-8, NUL bytes). */
public final class SourceDiagnostics {
  private SourceDiagnostics() {}

  /** {@code file:line:col: error: Cannot read this file as UTF-8 text: at byte offset N, reason.} */
  public static Diagnostic badText(String file, TextFiles.BadText e) {
    return new Diagnostic(file, e.line, e.col, 1, Diagnostic.Severity.ERROR, e.shortMessage(), e.linePrefix + " ");
  }
}
