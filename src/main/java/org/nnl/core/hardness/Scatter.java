package org.nnl.core.hardness;

import java.util.SplittableRandom;
import org.nnl.core.Rng;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;

/**
 * SCAT's scattered samples: the same points with labels y_i i.i.d. fair coins in {0, 1}
 * (label i from {@code Rng.stream(seed, 15, i / 4096)}, so any prefix is the same for any size).
 */
public final class Scatter {
  private static final int BLOCK = 4096;

  private Scatter() {}

  public static DataSet of(DataSet s, long seed) {
    Mat y = new Mat(s.size(), 1);
    for (int b = 0; b * BLOCK < y.rows; b++) {
      SplittableRandom rng = Rng.stream(seed, 15, b);
      for (int i = b * BLOCK; i < Math.min(y.rows, (b + 1) * BLOCK); i++) y.data[i] = rng.nextBoolean() ? 1 : 0;
    }
    return new DataSet(s.x().copy(), y);
  }
}
