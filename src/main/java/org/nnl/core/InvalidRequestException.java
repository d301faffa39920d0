package org.nnl.core;

import org.nnl.core.text.Messages;

/**
 * A request the core refuses: bad arguments, mismatched sizes, a computation that would
 * exhaust memory, a divergent run. The message is written for the user (short sentences,
 * ending with a period, naming the sizes involved and a way out); the language turns it into
 * a runtime diagnostic at the span of the call that failed. Any other exception from the core
 * is a bug.
 */
public class InvalidRequestException extends IllegalArgumentException {
  public InvalidRequestException(String message) {
    super(message);
  }

  /**
   * Throws unless {@code condition}; the message is formatted with {@link Messages#format}
   * ({@link String#format}, with a double given to {@code %s} written as NNL writes numbers).
   */
  public static void require(boolean condition, String format, Object... args) {
    if (!condition) {
      throw new InvalidRequestException(args.length == 0 ? format : Messages.format(format, args));
    }
  }
}
