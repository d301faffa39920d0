package org.nnl.core.dist;

import java.util.SplittableRandom;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Parallel;
import org.nnl.core.Rng;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;

/**
 * Sampling a distribution one point (row) at a time: rows 256b..256b+255 come from
 * {@code Rng.stream(seed, b)}, so a sample depends on the seed alone and its first rows do
 * not change when n grows. Sizes are checked against memory before anything is allocated.
 */
final class RowSampler {
  static final int ROW_BLOCK = 256;

  private RowSampler() {}

  /** Writes one point into {@code x[off, off + d)}. */
  interface Row {
    void fill(double[] x, int off, SplittableRandom rng);
  }

  /** {@code d}, refused unless positive: {@code name(d)} is how the language declares it. */
  static int dimension(String name, int d) {
    InvalidRequestException.require(d > 0, "%s(%d): the dimension must be a positive integer.", name, d);
    return d;
  }

  /** n rows of {@code dist} (dimension {@code dist.dim()}), each written by {@code row}. */
  static Mat sample(Distribution dist, int n, long seed, Row row) {
    int d = dist.dim();
    InvalidRequestException.require(n >= 0, "The number of samples must be at least 0; got %d.", n);
    MemoryGuard.requireDoubles((long) n * d, n + " samples of " + dist, "use fewer samples");
    Mat x = new Mat(n, d);
    Parallel.forEach(Parallel.blocks(n, ROW_BLOCK), b -> {
      SplittableRandom rng = Rng.stream(seed, b);
      for (int i = b * ROW_BLOCK; i < Math.min(n, (b + 1) * ROW_BLOCK); i++) row.fill(x.data, i * d, rng);
    });
    return x;
  }
}
