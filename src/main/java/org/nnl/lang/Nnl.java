package org.nnl.lang;

import java.nio.file.Path;
import java.util.List;
import org.nnl.lang.diag.Diagnostic;
import org.nnl.lang.diag.NnlException;

/**
 * One-line entry points for Java hosts: each call uses a fresh {@link Session} printing to
 * System.out. Keep a Session when bindings must survive between calls.
 */
public final class Nnl {
  /** The version of the language and its command line. */
  public static final String VERSION = "0.1.0";

  private Nnl() {}

  /** A fresh session printing to System.out. */
  public static Session session() {
    return new Session();
  }

  /** Runs {@code code}; returns the value of a trailing bare expression, or null. */
  public static Object eval(String code) throws NnlException {
    return new Session().eval(code, "<eval>");
  }

  /** Runs a script file. */
  public static Object run(Path file) throws NnlException {
    return new Session().evalFile(file);
  }

  /** Every diagnostic of {@code code}, running nothing. */
  public static List<Diagnostic> check(String code) {
    return new Session().check(code, "<check>");
  }

  /** Whether {@code code} is a complete entry (no open bracket, brace or trailing operator). */
  public static boolean isComplete(String code) {
    return new Session().isComplete(code);
  }
}
