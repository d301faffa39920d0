package org.nnl.core.net;

import java.util.SplittableRandom;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Rng;
import org.nnl.core.linalg.MemoryGuard;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;

/**
 * The hardness paper's depth-2 networks: each point x ∈ R^d is cut into P = d/t consecutive
 * patches x_p ∈ R^t, Z = relu(⟨w_k, x_p⟩) for every filter w_k (k rows of W, t columns),
 * and the P·k values are pooled into one output: clip₀¹(Σ Z) ("sum") or max Z ("max").
 * sumrelu is t = d, P = 1, pool "sum"; conv is one shared filter (k = 1) over P patches.
 */
public final class PooledNetwork implements Network {
  private final Architecture arch;
  private final Mat w;
  private final int patch;
  private final boolean max;

  PooledNetwork(Architecture arch, Mat w, int patch, boolean max) {
    this.arch = arch;
    this.w = w;
    this.patch = patch;
    this.max = max;
  }

  /**
   * The network of {@code arch} (a sumrelu or a conv) with the given filters instead of drawn
   * ones: hidden × d for sumrelu, 1 × t for conv (copied).
   */
  public static PooledNetwork withWeights(Architecture arch, Mat w) {
    if (arch instanceof SumRelu s && w.rows == s.hidden() && w.cols == s.d()) {
      return new PooledNetwork(arch, w.copy(), s.d(), false);
    }
    if (arch instanceof Conv c && w.rows == 1 && w.cols == c.patch()) {
      return new PooledNetwork(arch, w.copy(), c.patch(), c.pool().equals("max"));
    }
    throw new IllegalArgumentException(w.rows + "x" + w.cols + " filters do not fit " + arch);
  }

  /** Draws W (rows × t) from {@code law}: rows in block b from {@code Rng.stream(seed, 1, b)}. */
  static Mat drawFilters(WeightLaw law, int rows, int t, long seed) {
    Mat w = new Mat(rows, t);
    for (int b = 0; b * Dense.ROW_BLOCK < rows; b++) {
      SplittableRandom rng = Rng.stream(seed, 1, b);
      for (int r = b * Dense.ROW_BLOCK; r < Math.min(rows, (b + 1) * Dense.ROW_BLOCK); r++) {
        law.fillRow(w.data, r * t, t, rng);
      }
    }
    return w;
  }

  /** The filters: hidden × d for sumrelu, 1 × t for conv (a copy). */
  public Mat weights() {
    return w.copy();
  }

  @Override
  public Architecture architecture() {
    return arch;
  }

  @Override
  public int inputDim() {
    return arch.inputDim();
  }

  @Override
  public int outputDim() {
    return 1;
  }

  @Override
  public Mat predict(Mat x) {
    InvalidRequestException.require(x.cols == arch.inputDim(),
        "%s takes inputs of dimension %d; got points of dimension %d.", arch, arch.inputDim(), x.cols);
    int perPoint = (x.cols / patch) * w.rows;
    MemoryGuard.requireDoubles((long) x.rows * perPoint, "Evaluating " + arch + " on " + x.rows + " points",
        "evaluate fewer points at a time");
    Mat patches = new Mat(x.rows * (x.cols / patch), patch, x.data);
    Mat z = Linalg.multTransB(patches, w);
    Mat out = new Mat(x.rows, 1);
    for (int i = 0; i < x.rows; i++) {
      double acc = 0;
      for (int k = i * perPoint; k < (i + 1) * perPoint; k++) {
        double v = Math.max(0, z.data[k]);
        acc = max ? Math.max(acc, v) : acc + v;
      }
      out.data[i] = max ? acc : Math.min(1, acc);
    }
    return out;
  }

  @Override
  public String toString() {
    return "network(" + arch + ")";
  }
}
