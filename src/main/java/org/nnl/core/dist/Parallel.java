package org.nnl.core.dist;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Work split into a fixed number of pieces, run on the calling thread's fork-join pool (the
 * common pool, or a custom pool when called from inside one). The pieces depend only on the
 * problem size, never on the number of threads, and each piece writes only its own output, so
 * results are identical for any thread count.
 */
public final class Parallel {
  private Parallel() {}

  /** Runs {@code body.accept(b)} for b = 0..count−1, possibly in parallel. */
  public static void forEach(int count, IntConsumer body) {
    if (count <= 1) {
      if (count == 1) body.accept(0);
      return;
    }
    IntStream.range(0, count).parallel().forEach(body);
  }

  /** The number of blocks of {@code blockSize} needed to cover {@code n} items. */
  public static int blocks(int n, int blockSize) {
    return (n + blockSize - 1) / blockSize;
  }
}
