package org.nnl.core.linalg;

import java.lang.reflect.Field;

/**
 * Where a double[]'s first 64-byte boundary is: the index o in [0, 8) such that element o starts
 * a cache line. The packed B panels start there, so that no 512-bit load of the micro-kernel
 * straddles two lines (measured on an AVX-512 Xeon: 64 → 69 GFLOP/s for the kernel on
 * L2-resident panels, 87–93 → 94–100 for a 2000³ product). The JVM has no public way to ask
 * for an array's address; this reads the reference through {@code sun.misc.Unsafe} (module
 * jdk.unsupported), decoding a compressed one with the shift it finds by allocating two small
 * arrays in a row. It only moves where the panels sit in the buffer, never what they hold: a
 * wrong answer, or an array the collector moves later, costs speed, not bits. Returns 0 when the
 * address cannot be read (and with a non-default -XX:ObjectAlignmentInBytes).
 */
final class CacheLineOffset {
  private static final sun.misc.Unsafe U = unsafe();
  private static final long BASE = U == null ? 0 : U.arrayBaseOffset(Object[].class);
  private static final boolean NARROW = U != null && U.arrayIndexScale(Object[].class) == 4;
  /** log2 of the compressed-reference scale (0 or 3); −1 when it cannot be told. */
  private static final int SHIFT = U == null ? -1 : NARROW ? narrowShift() : 0;

  private CacheLineOffset() {}

  /** The index of {@code a}'s first element on a 64-byte boundary (0 when unknown). */
  static int of(double[] a) {
    if (SHIFT < 0) return 0;
    long at = address(a) + U.arrayBaseOffset(double[].class);
    return (int) ((64 - (at & 63)) & 63) / 8;
  }

  private static long address(Object o) {
    Object[] holder = {o};
    return NARROW ? (U.getInt(holder, BASE) & 0xFFFFFFFFL) << SHIFT : U.getLong(holder, BASE);
  }

  /**
   * Two empty long[] allocated one after the other lie one array size apart (16 bytes, or 24
   * without compressed class pointers): their compressed references then differ by that size
   * (unscaled) or an eighth of it (scaled by 8). Most of 16 tries must agree.
   */
  private static int narrowShift() {
    int scaled = 0, unscaled = 0;
    for (int i = 0; i < 16; i++) {
      long[] x = new long[0], y = new long[0];
      long d = address0(y) - address0(x);
      if (d == 2 || d == 3) scaled++;
      else if (d == 16 || d == 24) unscaled++;
    }
    return scaled >= 12 ? 3 : unscaled >= 12 ? 0 : -1;
  }

  private static long address0(Object o) {
    Object[] holder = {o};
    return U.getInt(holder, BASE) & 0xFFFFFFFFL;
  }

  private static sun.misc.Unsafe unsafe() {
    try {
      Field f = sun.misc.Unsafe.class.getDeclaredField("theUnsafe");
      f.setAccessible(true);
      return (sun.misc.Unsafe) f.get(null);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }
}
