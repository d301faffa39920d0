package org.nnl.core;

import java.util.SplittableRandom;

/**
 * Deterministic random streams. Every random value in NNL comes from
 * {@code Rng.stream(seed, path...)}: a {@link SplittableRandom} whose state is a pure function
 * of the seed and of the path (for example network index, layer, row block). Work split over
 * threads uses one stream per fixed-size piece of work, never per thread, so results are
 * identical for any thread count.
 */
public final class Rng {
  private Rng() {}

  /** A stream keyed by {@code seed} and the path of indices. */
  public static SplittableRandom stream(long seed, long... path) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    for (long p : path) h = mix(h ^ mix(p + 0x632BE59BD9B4E019L));
    return new SplittableRandom(h);
  }

  /** SplitMix64's finalizer: a bijective mixing of 64 bits. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
