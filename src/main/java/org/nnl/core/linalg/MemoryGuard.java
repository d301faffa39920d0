package org.nnl.core.linalg;

import org.nnl.core.InvalidRequestException;

/**
 * Refuses, before allocating, arrays of doubles that could not fit in the JVM's heap: a request
 * may take at most {@link Runtime#maxMemory()} minus {@link #MARGIN_BYTES} (room for everything
 * else the program holds).
 */
public final class MemoryGuard {
  /** Heap kept back for the rest of the program: 256 MiB, or a quarter of a smaller heap. */
  static final long MARGIN_BYTES = 256L << 20;

  private MemoryGuard() {}

  /** The largest number of bytes one request may take. */
  public static long limitBytes() {
    long max = Runtime.getRuntime().maxMemory();
    return Math.max(0, max - Math.min(MARGIN_BYTES, max / 4));
  }

  /**
   * Throws {@link InvalidRequestException} unless a rows×cols matrix of doubles fits, e.g.
   * "A 200000x10626 design matrix needs 15.8 GiB, more than the 5.7 GiB this JVM can give;
   * use a lower degree or fewer samples." {@code what} names the matrix ("design matrix"),
   * {@code wayOut} says what to do instead.
   */
  public static void requireFits(long rows, long cols, String what, String wayOut) {
    requireBytes(8.0 * rows * cols, "A " + rows + "x" + cols + " " + what, wayOut);
  }

  /** The same for {@code doubles} numbers in total; {@code what} is the subject ("The Gram matrices"). */
  public static void requireDoubles(double doubles, String what, String wayOut) {
    requireBytes(8.0 * doubles, what, wayOut);
  }

  private static void requireBytes(double bytes, String subject, String wayOut) {
    long limit = limitBytes();
    InvalidRequestException.require(bytes <= limit, "%s needs %s, more than the %s this JVM can give; %s.",
        subject, gib(bytes), gib(limit), wayOut);
  }

  /** Bytes in GiB with one decimal ("0.1 GiB" at least when nonzero). */
  static String gib(double bytes) {
    double g = bytes / (1L << 30);
    return g > 0 && g < 0.1 ? "0.1 GiB" : String.format("%.1f GiB", g);
  }
}
