package org.nnl.core.linalg;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.function.IntConsumer;

/**
 * Runs the pieces 0..count−1 of a fixed decomposition, in parallel on the current fork-join
 * pool (the common pool, sized by {@link Runtime#availableProcessors()}, when called from
 * outside one). Which thread runs a piece never changes what the piece computes, so results do
 * not depend on the number of threads.
 */
final class Parallel {
  private Parallel() {}

  /** Runs {@code body} for every piece; sequentially in the caller when {@code parallel} is false. */
  static void forEach(int count, boolean parallel, IntConsumer body) {
    if (!parallel || count <= 1 || parallelism() <= 1) {
      for (int i = 0; i < count; i++) body.accept(i);
      return;
    }
    new Range(0, count, body).invoke();
  }

  /** Threads available to a parallel loop started here (the caller counts as one). */
  static int parallelism() {
    ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
    return ForkJoinTask.inForkJoinPool() ? pool.getParallelism() : pool.getParallelism() + 1;
  }

  private static final class Range extends RecursiveAction {
    private final int lo;
    private final int hi;
    private final IntConsumer body;

    Range(int lo, int hi, IntConsumer body) {
      this.lo = lo;
      this.hi = hi;
      this.body = body;
    }

    @Override
    protected void compute() {
      if (hi - lo == 1) {
        body.accept(lo);
      } else {
        int mid = (lo + hi) >>> 1;
        invokeAll(new Range(lo, mid, body), new Range(mid, hi, body));
      }
    }
  }
}
