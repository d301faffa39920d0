package org.nnl.lang.diag;

import java.util.List;

/**
 * What an embedding host, the CLI or the REPL receives when NNL source fails: the kind of
 * failure and every diagnostic. COMPILE errors (exit 65) are found before anything runs;
 * RUNTIME errors (exit 70) carry the span of the call that failed; INTERNAL marks a bug in NNL.
 */
public class NnlException extends RuntimeException {

  public enum Kind { COMPILE, RUNTIME, INTERNAL }

  private final Kind kind;
  private final List<Diagnostic> diagnostics;

  public NnlException(Kind kind, List<Diagnostic> diagnostics, Throwable cause) {
    super(diagnostics.isEmpty() ? kind.toString() : diagnostics.get(0).render(), cause);
    this.kind = kind;
    this.diagnostics = List.copyOf(diagnostics);
  }

  public Kind kind() {
    return kind;
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Every diagnostic rendered, separated by newlines. */
  public String render() {
    StringBuilder sb = new StringBuilder();
    for (Diagnostic d : diagnostics) {
      if (sb.length() > 0) sb.append('\n');
      sb.append(d.render());
    }
    return sb.toString();
  }

  /** The CLI exit code: 65 for COMPILE, 70 otherwise. */
  public int exitCode() {
    return kind == Kind.COMPILE ? 65 : 70;
  }
}
