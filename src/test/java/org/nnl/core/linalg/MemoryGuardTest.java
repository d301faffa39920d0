package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;

/**
 * The guard's decision on given heaps (no allocation): total against max − used − margin, the
 * largest array against the largest heap space, and the array-length limit.
 */
class MemoryGuardTest {
  private static final long MIB = 1L << 20;
  private static final long GIB = 1L << 30;

  @Test
  void aRequestThatFitsBesideTheLiveDataPasses() {
    // 6 GiB heap, 1 GiB used, old space 4 GiB with 0.5 GiB used: 2 GiB in arrays of 1 GiB fits.
    MemoryGuard.Heap h = new MemoryGuard.Heap(6 * GIB, GIB, 4 * GIB, GIB / 2);
    assertNull(MemoryGuard.refusal(2.0 * GIB, 1.0 * GIB, h, "X", "way"));
  }

  @Test
  void liveDataCounts() {
    // 4.5 GiB would fit the empty heap (6 GiB − 256 MiB) but not beside 2 GiB of live data.
    MemoryGuard.Heap h = new MemoryGuard.Heap(6 * GIB, 2 * GIB, 6 * GIB, 2 * GIB);
    String m = MemoryGuard.refusal(4.5 * GIB, GIB, h, "The data", "use fewer samples");
    assertEquals("The data would take 4.5 GiB, more than the 3.8 GiB this JVM has free now (2.0 GiB of its 6.0 GiB heap"
        + " hold the values computed so far); use fewer samples, or drop values no longer needed.", m);
  }

  @Test
  void theLargestArrayMustFitTheLargestSpace() {
    // Parallel GC: a 6 GiB heap whose old generation holds 4 GiB; one 4.5 GiB array can never be allocated.
    MemoryGuard.Heap h = new MemoryGuard.Heap(6 * GIB, 0, 4 * GIB, 0);
    String m = MemoryGuard.refusal(4.5 * GIB, 4.5 * GIB, h, "A draw", "use smaller widths");
    assertEquals("A draw would take one array of 4.5 GiB, more than the 3.8 GiB the largest space of this JVM's 6.0 GiB"
        + " heap can hold; use smaller widths, or give Java more memory (-Xmx).", m);
  }

  @Test
  void moreThanTheHeapIsRefusedWithBothSizes() {
    MemoryGuard.Heap h = new MemoryGuard.Heap(GIB, 0, GIB, 0);
    // margin = min(256 MiB, 1 GiB / 4) = 256 MiB: at most 768 MiB.
    assertEquals("S would take 2.0 GiB, more than the 768 MiB this JVM can give; w.",
        MemoryGuard.refusal(2.0 * GIB, MIB, h, "S", "w"));
    assertNull(MemoryGuard.refusal(700.0 * MIB, 700.0 * MIB, h, "S", "w"));
  }

  @Test
  void arraysBeyondTheJavaLimitAreRefusedWhateverTheHeap() {
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> MemoryGuard.requireDoubles(3e9, 3e9, "The weights", "use smaller widths"));
    assertEquals("The weights would need one array of 3000000000 numbers; a Java array holds at most 2147483639;"
        + " use smaller widths.", e.getMessage());
  }

  @Test
  void theRealHeapRefusesWhatItCannotHoldWithoutAllocating() {
    long max = Runtime.getRuntime().maxMemory();
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> MemoryGuard.requireBytes(2.0 * max, 8, "Twice the heap", "ask for less"));
    assertTrue(e.getMessage().startsWith("Twice the heap would take "), e.getMessage());
    MemoryGuard.requireBytes(MIB, MIB, "A mebibyte", "none");
  }
}
