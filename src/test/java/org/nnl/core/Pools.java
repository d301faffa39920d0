package org.nnl.core;

import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;

/** Runs test work inside a fork-join pool of a chosen size, so that {@link Parallel} loops use that many threads. */
public final class Pools {
  private Pools() {}

  /** {@code job}'s result, run in a fork-join pool of {@code threads} threads (shut down afterwards). */
  public static <T> T inPool(int threads, Callable<T> job) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(job).get();
    } finally {
      pool.shutdownNow();
    }
  }
}
