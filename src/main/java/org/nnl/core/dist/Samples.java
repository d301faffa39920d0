package org.nnl.core.dist;

import java.util.SplittableRandom;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Parallel;
import org.nnl.core.Rng;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;
import org.nnl.core.predict.Predictor;

/**
 * sample(D, n, seed, label: f, noise: s): the data set (X, f(X) + s·G) with X = D.sample(n, seed)
 * and G standard normal; the noise of rows 256b..256b+255 comes from
 * {@code Rng.stream(seed, NOISE, b)}, independent of X's streams.
 */
public final class Samples {
  private Samples() {}

  private static final long NOISE = 0x6E6F697365L;

  /** Refuses a label whose input dimension differs from D's, a negative noise and n &lt; 0. */
  public static DataSet sample(Distribution dist, int n, long seed, Predictor label, double noise) {
    InvalidRequestException.require(label.inputDim() == dist.dim(),
        "The label %s takes inputs of dimension %d but %s has dimension %d.", label, label.inputDim(), dist, dist.dim());
    InvalidRequestException.require(noise >= 0 && Double.isFinite(noise),
        "The noise must be a standard deviation ≥ 0; got %s.", noise);
    InvalidRequestException.require(n > 0, "A data set needs at least one point; got %d.", n);
    MemoryGuard.requireDoubles((double) n * (dist.dim() + 2L * label.outputDim()), (double) n * dist.dim(), n + " samples of " + dist,
        "use fewer samples");
    Mat x = dist.sample(n, seed);
    Mat y = label.predict(x);
    if (noise > 0) {
      int m = y.cols;
      Parallel.forEach(Parallel.blocks(n, RowSampler.ROW_BLOCK), b -> {
        SplittableRandom rng = Rng.stream(seed, NOISE, b);
        for (int i = b * RowSampler.ROW_BLOCK * m; i < Math.min(n, (b + 1) * RowSampler.ROW_BLOCK) * m; i++) {
          y.data[i] += noise * Gaussians.next(rng);
        }
      });
    }
    return new DataSet(x, y);
  }
}
