package org.nnl.core.dist;

import java.util.SplittableRandom;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Parallel;
import org.nnl.core.Rng;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;

/**
 * A distribution sampled one point (row) at a time: rows 256b..256b+255 come from
 * {@code Rng.stream(seed, b)}, so a sample depends on the seed alone and its first rows do
 * not change when n grows. Sizes are checked against memory before anything is allocated.
 */
public abstract class RowSampler implements Distribution {
  static final int ROW_BLOCK = 256;

  protected final int d;

  protected RowSampler(String name, int d) {
    InvalidRequestException.require(d > 0, "%s(%d): the dimension must be a positive integer.", name, d);
    this.d = d;
  }

  @Override
  public int dim() {
    return d;
  }

  /** Writes one point into {@code x[off, off + d)}. */
  protected abstract void fillRow(double[] x, int off, SplittableRandom rng);

  @Override
  public Mat sample(int n, long seed) {
    InvalidRequestException.require(n >= 0, "The number of samples must be at least 0; got %d.", n);
    MemoryGuard.requireDoubles((long) n * d, n + " samples of " + this, "use fewer samples");
    Mat x = new Mat(n, d);
    Parallel.forEach(Parallel.blocks(n, ROW_BLOCK), b -> {
      SplittableRandom rng = Rng.stream(seed, b);
      for (int i = b * ROW_BLOCK; i < Math.min(n, (b + 1) * ROW_BLOCK); i++) fillRow(x.data, i * d, rng);
    });
    return x;
  }
}
