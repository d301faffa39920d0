package org.nnl.core.linalg;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.nnl.core.InvalidRequestException;

/**
 * Refuses, before allocating, requests that could not fit in the JVM's heap, with their size and
 * a way out. A request of B bytes whose largest single array is L bytes is accepted when
 * <pre>
 *   B ≤ max − margin                 (the heap could ever hold it),
 *   L ≤ space − margin               (its largest array fits the largest heap space, e.g. the old generation),
 *   B ≤ max − used − margin          (it fits beside what is held now, live data included),
 *   L ≤ spaceMax − spaceUsed        (and its largest array fits beside what that space holds)
 * </pre>
 * with margin = min(256 MiB, max/4) kept for the rest of the program. "used" counts garbage too:
 * when a request fails the last two tests, one collection ({@link System#gc()}) runs and they are
 * tried again, so what is counted is live data. Requests below a quarter of the free heap pass at
 * once. Out-of-memory remains the last net for what no guard foresaw.
 */
public final class MemoryGuard {
  /** Heap kept back for the rest of the program: 256 MiB, or a quarter of a smaller heap. */
  static final long MARGIN_BYTES = 256L << 20;

  private MemoryGuard() {}

  /** The heap as the guard sees it: its maximum, what is used, and its largest space (max and used). */
  record Heap(long max, long used, long spaceMax, long spaceUsed) {
    long margin() {
      return Math.min(MARGIN_BYTES, max / 4);
    }
  }

  /** The largest number of bytes one request may take (on an empty heap). */
  public static long limitBytes() {
    long max = Runtime.getRuntime().maxMemory();
    return Math.max(0, max - Math.min(MARGIN_BYTES, max / 4));
  }

  /**
   * Throws {@link InvalidRequestException} unless a rows×cols matrix of doubles fits, e.g.
   * "A 200000x10626 design matrix would take 15.8 GiB, more than the 5.7 GiB this JVM can give;
   * use a lower degree or fewer samples." {@code what} names the matrix ("design matrix"),
   * {@code wayOut} says what to do instead.
   */
  public static void requireFits(long rows, long cols, String what, String wayOut) {
    double b = 8.0 * rows * cols;
    requireBytes(b, b, "A " + rows + "x" + cols + " " + what, wayOut);
    requireArray((double) rows * cols, "A " + rows + "x" + cols + " " + what, wayOut);
  }

  /** The same for {@code doubles} numbers in one array; {@code what} is the subject ("The Gram matrices"). */
  public static void requireDoubles(double doubles, String what, String wayOut) {
    requireBytes(8.0 * doubles, 8.0 * doubles, what, wayOut);
  }

  /**
   * {@code doubles} numbers in all, the largest single array holding {@code largest} of them; an
   * array beyond the JVM's array limit is refused first, as no heap could hold it.
   */
  public static void requireDoubles(double doubles, double largest, String what, String wayOut) {
    requireArray(largest, what, wayOut);
    requireBytes(8.0 * doubles, 8.0 * largest, what, wayOut);
  }

  /** The most elements a Java array may hold (the JVM's limit, whatever the heap). */
  public static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  /** Refuses one array of more than {@link #MAX_ARRAY} numbers: no heap can hold it. */
  private static void requireArray(double elements, String subject, String wayOut) {
    InvalidRequestException.require(elements <= MAX_ARRAY, "%s would need one array of %.0f numbers; a Java array holds at most %d;"
        + " %s.", subject, elements, MAX_ARRAY, wayOut);
  }

  /** {@code bytes} in all, the largest single array taking {@code largestBytes}. */
  public static void requireBytes(double bytes, double largestBytes, String subject, String wayOut) {
    Runtime r = Runtime.getRuntime();
    long used = r.totalMemory() - r.freeMemory();
    if (bytes <= (r.maxMemory() - used) / 4.0) return;
    Heap h = measure();
    String refusal = refusal(bytes, largestBytes, h, subject, wayOut);
    if (refusal != null && !permanent(bytes, largestBytes, h)) {
      System.gc();
      h = measure();
      refusal = refusal(bytes, largestBytes, h, subject, wayOut);
    }
    if (refusal != null) throw new InvalidRequestException(refusal);
  }

  /** Whether the request fails even on an empty heap (no collection can help). */
  private static boolean permanent(double bytes, double largest, Heap h) {
    return bytes > h.max - h.margin() || largest > h.spaceMax - h.margin();
  }

  /** The refusal message for the request on heap {@code h}, or null when it fits. */
  static String refusal(double bytes, double largest, Heap h, String subject, String wayOut) {
    long m = h.margin();
    if (bytes > h.max - m) {
      return String.format("%s would take %s, more than the %s this JVM can give; %s.", subject, gib(bytes), gib(h.max - m), wayOut);
    }
    if (largest > h.spaceMax - m) {
      return String.format("%s would take one array of %s, more than the %s the largest space of this JVM's %s heap"
          + " can hold; %s, or give Java more memory (-Xmx).", subject, gib(largest), gib(h.spaceMax - m), gib(h.max), wayOut);
    }
    if (bytes > h.max - h.used - m || largest > h.spaceMax - h.spaceUsed) {
      return String.format("%s would take %s, more than the %s this JVM has free now (%s of its %s heap hold the values"
          + " computed so far); %s, or drop values no longer needed.", subject, gib(bytes),
          gib(Math.max(0, Math.min(h.max - h.used - m, h.spaceMax - h.spaceUsed))), gib(h.used), gib(h.max), wayOut);
    }
    return null;
  }

  /** The heap now: Runtime's max and used, and the heap memory pool with the largest maximum. */
  static Heap measure() {
    Runtime r = Runtime.getRuntime();
    long max = r.maxMemory();
    long used = r.totalMemory() - r.freeMemory();
    long spaceMax = 0;
    long spaceUsed = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() != MemoryType.HEAP) continue;
      MemoryUsage u = p.getUsage();
      if (u == null || u.getMax() <= spaceMax) continue;
      spaceMax = u.getMax();
      spaceUsed = u.getUsed();
    }
    if (spaceMax == 0 || spaceMax > max) {
      spaceMax = max;
      spaceUsed = used;
    }
    return new Heap(max, used, spaceMax, spaceUsed);
  }

  /** Bytes in GiB with one decimal from 1 GiB on, else in whole MiB ("1 MiB" at least when nonzero). */
  static String gib(double bytes) {
    double g = bytes / (1L << 30);
    if (g >= 1) return String.format(java.util.Locale.ROOT, "%.1f GiB", g);
    double m = bytes / (1L << 20);
    return String.format(java.util.Locale.ROOT, "%.0f MiB", m > 0 && m < 1 ? 1 : m);
  }
}
