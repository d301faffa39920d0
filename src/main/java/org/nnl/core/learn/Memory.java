package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;

/** Refuses, before allocating, requests whose arrays would not fit in the JVM's memory. */
final class Memory {
  private Memory() {}

  /** The share of the maximum heap one request may take. */
  static final double SHARE = 0.8;

  /** Throws unless {@code doubles} numbers fit in {@link #SHARE} of the maximum heap; names {@code what} and {@code wayOut}. */
  static void require(double doubles, String what, String wayOut) {
    double max = SHARE * Runtime.getRuntime().maxMemory();
    double bytes = doubles * 8.0;
    InvalidRequestException.require(bytes <= max,
        "%s needs %s of memory, more than the %s the JVM has; %s.", what, gib(bytes), gib(max), wayOut);
  }

  static String gib(double bytes) {
    return String.format("%.2f GiB", bytes / (1L << 30));
  }
}
