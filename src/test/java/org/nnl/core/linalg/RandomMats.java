package org.nnl.core.linalg;

import java.util.SplittableRandom;

/** Test and benchmark matrices: entries uniform on [-1, 1) from a seeded SplittableRandom, row by row. */
public final class RandomMats {
  private RandomMats() {}

  public static Mat uniform(int r, int c, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    Mat m = new Mat(r, c);
    for (int i = 0; i < m.data.length; i++) m.data[i] = rng.nextDouble(-1, 1);
    return m;
  }
}
