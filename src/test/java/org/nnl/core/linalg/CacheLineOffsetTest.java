package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CacheLineOffset} against the address the JVM hands to native code (the PinnedBlas shim). */
class CacheLineOffsetTest {
  @Test
  void theOffsetPutsElementOnA64ByteBoundary() {
    List<double[]> arrays = new ArrayList<>();
    for (int i = 0; i < 200; i++) arrays.add(new double[1 + i * 37 % 5000]);
    arrays.add(new double[3_000_000]);
    int checked = 0;
    for (double[] x : arrays) {
      int o = CacheLineOffset.of(x);
      assertTrue(o >= 0 && o < 8, () -> "offset " + o);
      if (!PinnedBlas.AVAILABLE) continue;
      long at = PinnedBlas.address(x);
      // The collector may move x between two of these calls; a sample counts when x stayed put
      // (the same offset before and after reading its address).
      if (CacheLineOffset.of(x) != o) continue;
      assertEquals(0, (at + 8L * o) & 63, () -> "element " + o + " of an array at 0x" + Long.toHexString(at));
      checked++;
    }
    // Where gcc built the shim (NativeBackendTest checks that it did), nearly every array was checked.
    int n = checked;
    assertTrue(PinnedBlas.AVAILABLE ? n >= arrays.size() * 9 / 10 : n == 0, () -> "checked " + n);
  }
}
