package org.nnl.lang.eval;

import java.io.Serializable;
import java.util.List;

/**
 * What one sweep cell gives back: its field values ({@link Wire} form), what it printed on
 * standard output and standard error (warnings), the error that stopped it (null if none), and
 * where it ran (e.g. {@code executor 1, pid 4242 on 127.0.0.1, attempt 0}).
 */
public record CellResult(int index, List<Object> values, String out, String err, Failure failure, String where)
    implements Serializable {

  /**
   * A cell's error, to be raised again on the driver exactly as a local run raises it: kind
   * EVAL (a user error at line:col, length), REQUEST (a refused request, reported at the running
   * statement), DIAGNOSTIC (a finished diagnostic: source, line, col, length, sourceLine), or
   * INTERNAL (a bug; {@code message} is the exception's text).
   */
  public record Failure(String kind, String message, String source, int line, int col, int length, String sourceLine)
      implements Serializable {}
}
