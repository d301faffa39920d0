package org.nnl.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

/** The one parallel loop: every piece once, and the same bits on any number of threads. */
class ParallelTest {
  /** Per block, a float sum in a fixed order (order-sensitive in floating point): out[b] = Σ_{i in block b} 1/(i+1). */
  private static double[] blockSums(int n, int size) {
    double[] out = new double[Parallel.blocks(n, size)];
    Parallel.forBlocks(n, size, (lo, hi) -> {
      double s = 0;
      for (int i = lo; i < hi; i++) s += 1.0 / (i + 1);
      out[lo / size] = s;
    });
    return out;
  }

  @Test
  void everyPieceRunsOnceAndTheBlocksCoverTheRange() {
    AtomicIntegerArray seen = new AtomicIntegerArray(1000);
    Parallel.forEach(1000, i -> seen.incrementAndGet(i));
    for (int i = 0; i < 1000; i++) assertEquals(1, seen.get(i), "piece " + i);
    assertEquals(4, Parallel.blocks(10, 3));
    assertEquals(0, Parallel.blocks(0, 3));
    int[] covered = new int[10];
    Parallel.forBlocks(10, 3, (lo, hi) -> {
      for (int i = lo; i < hi; i++) covered[i]++;
    });
    assertArrayEquals(new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}, covered);
  }

  @Test
  void resultsAreIdenticalForAnyThreadCount() throws Exception {
    double[] sequential = new double[Parallel.blocks(100_000, 777)];
    Parallel.forEach(sequential.length, false, b -> {
      double s = 0;
      for (int i = b * 777; i < Math.min(100_000, (b + 1) * 777); i++) s += 1.0 / (i + 1);
      sequential[b] = s;
    });
    for (int threads : new int[] {1, 2, 5}) {
      assertArrayEquals(sequential, Pools.inPool(threads, () -> blockSums(100_000, 777)), threads + " threads");
    }
  }

  /**
   * The threads share the pieces as they go: a piece that waits until every other piece has run
   * does not hold up the pieces behind it, because the other threads take them all.
   */
  @Test
  void aSlowPieceDoesNotHoldUpTheOthers() throws Exception {
    int count = 200;
    CountDownLatch others = new CountDownLatch(count - 1);
    AtomicIntegerArray seen = new AtomicIntegerArray(count);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Pools.inPool(2, () -> {
      Parallel.forEach(count, i -> {
        seen.incrementAndGet(i);
        if (i == 0) {
          try {
            if (!others.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("the other pieces never ran");
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        } else {
          others.countDown();
        }
      });
      return null;
    }));
    for (int i = 0; i < count; i++) assertEquals(1, seen.get(i), "piece " + i);
  }

  /** A failing piece fails the loop with its exception, and pieces stop starting after it (piece 0 fails at once, the rest take 1 ms each). */
  @Test
  void aPieceThatFailsStopsTheLoop() throws Exception {
    AtomicInteger ran = new AtomicInteger();
    ExecutionException e = assertThrows(ExecutionException.class, () -> Pools.inPool(2, () -> {
      Parallel.forEach(1000, i -> {
        ran.incrementAndGet();
        if (i == 0) throw new IllegalStateException("piece 0");
        try {
          Thread.sleep(1);
        } catch (InterruptedException x) {
          Thread.currentThread().interrupt();
        }
      });
      return null;
    }));
    // Piece 0 is the first taken and fails at once: the other thread has time for one more
    // piece, a few if the failing thread is descheduled; without the stop it runs all 999 (1 s).
    assertTrue(ran.get() < 100, ran.get() + " pieces ran");
    // The fork-join pool may wrap an exception that crossed threads in a copy: look down the causes.
    Throwable t = e.getCause();
    while (t != null && !"piece 0".equals(t.getMessage())) t = t.getCause();
    assertEquals(IllegalStateException.class, t == null ? null : t.getClass(), "the piece's exception, in " + e);
  }
}
