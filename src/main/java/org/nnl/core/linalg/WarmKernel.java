package org.nnl.core.linalg;

/**
 * A vector kernel while the JIT has not compiled it yet. Interpreted or C1-compiled Vector API
 * code boxes every vector and runs about a hundred times slower than the C2 code (measured:
 * ~130 µs against ~1.7 µs per 8×24×256 tile), and C2 compiles the kernel only after hundreds
 * of calls, so the first second of a process would crawl. Instead, a daemon thread
 * ({@link Kernels#warmUpInBackground}) calls the vector kernel on a small private tile until one call runs faster
 * than {@link #HOT_NS_PER_FMA} per multiply-add (only compiled vector code does); meanwhile
 * products run on a {@link ScalarKernel} with the same register block. Both perform the same
 * fma chain per entry, so the switch changes the speed only, never the bits. If the vector code
 * never gets fast (no C2, say), the scalar kernel stays; the thread gives up after
 * {@link #GIVE_UP_NS}.
 */
final class WarmKernel extends MicroKernel {
  /** A batch at most this many ns per multiply-add counts as C2-compiled (C2 does ~0.04, C1 ~2.6 on Zen 4). */
  static final double HOT_NS_PER_FMA = 0.5;
  /** A batch at most this many ns per multiply-add counts as compiled by C1 at least (the interpreter is slower). */
  static final double COMPILED_NS_PER_FMA = 10;
  /**
   * The probe's depth (multiply-adds per entry and call). Shallow, so that the JIT's threshold
   * for compiling the whole method (used by every later call) comes before its loop threshold
   * for an on-stack replacement (used by the one call running, and it would hold up the first).
   */
  static final int PROBE_KC = 4;
  /** Calls timed together (a timer may be coarse). */
  static final int BATCH = 16;
  /**
   * Batches run back to back in the interpreter (past the JIT's threshold for C1) and in C1
   * code (past its threshold for C2); beyond these the thread waits {@link #PAUSE_MS} between
   * batches, so its calls do not raise the loop counter while a compilation is pending.
   */
  static final int INTERPRETED_BATCHES = 16;
  static final int C1_BATCHES = 320;
  static final long PAUSE_MS = 2;
  /** The thread stops trying after this long. */
  static final long GIVE_UP_NS = 60_000_000_000L;

  private final MicroKernel vector;
  private final MicroKernel scalar;
  private volatile boolean hot;

  WarmKernel(MicroKernel vector) {
    super(vector.mr, vector.nr);
    this.vector = vector;
    this.scalar = new ScalarKernel(vector.mr, vector.nr);
  }

  @Override
  String name() {
    return vector.name();
  }

  /** True once the vector kernel runs compiled (products use it from then on). */
  boolean hot() {
    return hot;
  }

  @Override
  void tile(double[] ap, int aOff, double[] bp, int bOff, int kc, double alpha, double[] c, int cOff, int ldc) {
    (hot ? vector : scalar).tile(ap, aOff, bp, bOff, kc, alpha, c, cOff, ldc);
  }

  /** Calls the vector kernel on a private tile until it runs compiled (then sets {@link #hot}) or time runs out. */
  void warmUp() {
    double[] ap = new double[mr * PROBE_KC], bp = new double[nr * PROBE_KC], c = new double[mr * nr];
    for (int i = 0; i < ap.length; i++) ap[i] = 1.0 / (i + 1);
    for (int i = 0; i < bp.length; i++) bp[i] = 1.0 / (i + 2);
    double fma = (double) mr * nr * PROBE_KC * BATCH;
    int interpreted = 0, c1 = 0;
    long start = System.nanoTime();
    try {
      while (System.nanoTime() - start < GIVE_UP_NS) {
        double ns = batch(ap, bp, c);
        if (ns <= HOT_NS_PER_FMA * fma) {
          hot = true;
          return;
        }
        boolean compiled = ns <= COMPILED_NS_PER_FMA * fma;
        if (compiled ? ++c1 > C1_BATCHES : ++interpreted > INTERPRETED_BATCHES) Thread.sleep(PAUSE_MS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * The nanoseconds of {@link #BATCH} calls of the vector kernel on the probe tile. A method of
   * its own, so that the timed loop itself is compiled after a few batches: inside
   * {@link #warmUp} (called once) it ran interpreted until that loop's on-stack replacement, and
   * the interpreter's cost per call kept even the C2-compiled kernel above
   * {@link #HOT_NS_PER_FMA} (measured on Zen 1: hot after ~7 s, with this method ~1 s).
   */
  private long batch(double[] ap, double[] bp, double[] c) {
    long t0 = System.nanoTime();
    for (int b = 0; b < BATCH; b++) vector.tile(ap, 0, bp, 0, PROBE_KC, 1, c, 0, nr);
    return System.nanoTime() - t0;
  }
}
