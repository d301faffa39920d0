package org.nnl.core.dist;

import java.util.SplittableRandom;

/**
 * Standard normal variates from a {@link SplittableRandom} (Marsaglia's polar method, one
 * variate per call so that the stream position depends only on the number of calls made).
 * Hand-written because SplittableRandom has no nextGaussian in Java 17.
 */
public final class Gaussians {
  private Gaussians() {}

  /** One N(0, 1) variate. */
  public static double next(SplittableRandom rng) {
    double u, v, s;
    do {
      u = 2 * rng.nextDouble() - 1;
      v = 2 * rng.nextDouble() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s == 0);
    return u * Math.sqrt(-2 * Math.log(s) / s);
  }
}
