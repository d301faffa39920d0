package org.nnl.core.dist;

import org.nnl.core.InvalidRequestException;

/** Refuses, before allocating, requests whose arrays would not fit in the JVM's memory. */
public final class MemoryBudget {
  private MemoryBudget() {}

  /** The share of the maximum heap one request may take. */
  private static final double SHARE = 0.5;

  /**
   * Throws unless {@code doubles} values fit in half of the maximum heap (and in Java arrays).
   * {@code what} names the request, {@code wayOut} says how to make it smaller.
   */
  public static void require(long doubles, String what, String wayOut) {
    long max = Runtime.getRuntime().maxMemory();
    double bytes = doubles * 8.0;
    InvalidRequestException.require(doubles >= 0 && bytes <= SHARE * max,
        "%s needs %s of memory (%d numbers), more than the %s available; %s.",
        what, human(bytes), doubles, human(SHARE * max), wayOut);
  }

  /** A byte count as MiB or GiB. */
  public static String human(double bytes) {
    return bytes >= (1L << 30) ? String.format("%.1f GiB", bytes / (1L << 30))
        : String.format("%.1f MiB", bytes / (1L << 20));
  }
}
