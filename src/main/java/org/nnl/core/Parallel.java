package org.nnl.core;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * The core's one parallel loop: runs the pieces 0..count−1 of a FIXED decomposition (the pieces
 * depend only on the problem size, never on the number of threads) on the current fork-join pool
 * (the common pool when called from outside one, or the pool a caller such as an SGD fit on n
 * threads runs in). Each piece must write only its own output, so which thread runs it never
 * changes what it computes: results are bit-identical for any thread count.
 */
public final class Parallel {
  private Parallel() {}

  /** Runs {@code body.accept(i)} for i = 0..count−1, in parallel when more than one thread is available. */
  public static void forEach(int count, IntConsumer body) {
    forEach(count, true, body);
  }

  /**
   * As {@link #forEach(int, IntConsumer)}; sequentially in the caller, in order, when {@code parallel} is false.
   * In parallel, one runner per thread takes the next index from a shared counter until none is
   * left, so a thread that runs faster (its core not shared with another process at the moment,
   * its pieces cheaper) takes more pieces and the threads finish within one piece of each other.
   * (Halving the range, as before, fixed most of each thread's share up front: in a 1000³
   * product on a shared two-core host the CPUs then sat idle 7–14 % of the time, and the counter
   * cut the median time of the tile phase by about 5 %.) A piece that throws stops the loop: no
   * runner starts another piece, and the exception reaches the caller.
   */
  public static void forEach(int count, boolean parallel, IntConsumer body) {
    int threads = parallel && count > 1 ? Math.min(count, parallelism()) : 1;
    if (threads <= 1) {
      for (int i = 0; i < count; i++) body.accept(i);
      return;
    }
    AtomicLong next = new AtomicLong();
    IntConsumer runner = r -> {
      try {
        for (long i; (i = next.getAndIncrement()) < count; ) body.accept((int) i);
      } catch (Throwable t) {
        next.set(count);
        throw t;
      }
    };
    new Range(0, threads, runner).invoke();
  }

  /** Runs {@code body.accept(lo, hi)} over the blocks [b·size, min(n, (b+1)·size)) of 0..n−1. */
  public static void forBlocks(int n, int size, BlockBody body) {
    forEach(blocks(n, size), b -> body.accept(b * size, Math.min(n, (b + 1) * size)));
  }

  /** The work on one block of indices lo..hi−1. */
  @FunctionalInterface
  public interface BlockBody {
    void accept(int lo, int hi);
  }

  /** The number of blocks of {@code blockSize} needed to cover {@code n} items: ⌈n / blockSize⌉. */
  public static int blocks(int n, int blockSize) {
    return (n + blockSize - 1) / blockSize;
  }

  /** Threads available to a parallel loop started here (the caller counts as one). */
  public static int parallelism() {
    ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
    return ForkJoinTask.inForkJoinPool() ? pool.getParallelism() : pool.getParallelism() + 1;
  }

  /** Halves [lo, hi) until single pieces remain. */
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
