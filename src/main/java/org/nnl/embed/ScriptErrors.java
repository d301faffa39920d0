package org.nnl.embed;

import javax.script.ScriptException;
import org.nnl.core.InvalidRequestException;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.diag.NnlException;

/**
 * Failures of NNL turned into {@link ScriptException}s for JSR-223 hosts: the first
 * diagnostic's message, file, line and column, every diagnostic in the cause
 * ({@link NnlException#diagnostics()}). Nothing is printed and nothing exits.
 */
final class ScriptErrors {
  private ScriptErrors() {}

  static ScriptException of(NnlException e) {
    ScriptException se;
    if (e.diagnostics().isEmpty()) {
      se = new ScriptException(e.getMessage());
    } else {
      Diagnostic d = e.diagnostics().get(0);
      se = new ScriptException(d.message(), d.source(), d.line(), d.col());
    }
    se.initCause(e);
    return se;
  }

  private static final java.util.regex.Pattern UNKNOWN =
      java.util.regex.Pattern.compile("^Unknown (?:name|function|activation) '([^']+)'");

  /**
   * As {@link #of(NnlException)}, except that a diagnostic naming a host binding that was refused
   * ("Unknown name 'f'") gives the real reason, at the position of that use.
   */
  static ScriptException of(NnlException e, java.util.Map<String, String> refused) {
    if (!refused.isEmpty()) {
      for (Diagnostic d : e.diagnostics()) {
        java.util.regex.Matcher m = UNKNOWN.matcher(d.message());
        if (m.find() && refused.containsKey(m.group(1))) {
          ScriptException se = new ScriptException(refused.get(m.group(1)), d.source(), d.line(), d.col());
          se.initCause(e);
          return se;
        }
      }
    }
    return of(e);
  }

  /** An interrupt, a refused binding or a bug: still an exception, with its reason. */
  static ScriptException of(RuntimeException e, String fileName) {
    String message = e instanceof InvalidRequestException || e instanceof java.util.concurrent.CancellationException
        ? e.getMessage() : "Internal error (a bug in NNL): " + e;
    ScriptException se = new ScriptException(message, fileName, -1, -1);
    se.initCause(e);
    return se;
  }
}
