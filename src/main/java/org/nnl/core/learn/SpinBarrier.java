package org.nnl.core.learn;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A reusable barrier for a fixed team of threads that meet once per minibatch: waiting spins
 * briefly (a batch takes tens of microseconds, so parking and waking would cost more than the
 * wait), then yields, then sleeps in short naps, so a loaded machine is not starved. Any member
 * can break it (on an error or a cancellation); every waiter then returns false.
 */
final class SpinBarrier {
  private static final int SPINS = 1 << 12;
  private static final int YIELDS = 1 << 10;
  private static final long NAP_NANOS = 20_000;

  private final int parties;
  private final AtomicInteger arrived = new AtomicInteger();
  private volatile int generation;
  private volatile boolean broken;
  private volatile Throwable failure;

  SpinBarrier(int parties) {
    this.parties = parties;
  }

  /** Waits until all parties have arrived; false if the barrier was broken. */
  boolean await() {
    int g = generation;
    if (arrived.incrementAndGet() == parties) {
      arrived.set(0);
      generation = g + 1;   // the volatile write that releases the others
      return !broken;
    }
    for (int spins = 0; generation == g; spins++) {
      if (broken) return false;
      if (spins < SPINS) {
        Thread.onSpinWait();
      } else if (spins < SPINS + YIELDS) {
        Thread.yield();
      } else {
        LockSupport.parkNanos(NAP_NANOS);
      }
    }
    return !broken;
  }

  /** Breaks the barrier, recording {@code cause} (the first one wins) when not null. */
  void breakWith(Throwable cause) {
    if (cause != null && failure == null) failure = cause;
    broken = true;
  }

  /** The error a member broke the barrier with, or null. */
  Throwable failure() {
    return failure;
  }
}
