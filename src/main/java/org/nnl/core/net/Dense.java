package org.nnl.core.net;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Parallel;
import org.nnl.core.Rng;
import org.nnl.core.act.Activation;
import org.nnl.core.hermite.Hermite;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;

/**
 * A fully connected architecture of widths d_0 → d_1 → … → d_i: Φ^j = W^j Ψ^{j−1},
 * Ψ^j = σ(Φ^j) for j &lt; i, output Φ^i (the last layer is linear), W^j a d_j × d_{j−1}
 * matrix whose rows (one per neuron) follow the weight law. Prints as
 * {@code dense(32 -> 512 -> 1, act: relu)}, with {@code , weights: normal(1)} when not Xavier.
 */
public final class Dense implements Architecture {
  /** Rows of W^j drawn from one random stream: a fixed split, independent of threads. */
  static final int ROW_BLOCK = 64;

  private final int[] widths;
  private final Activation activation;
  private final WeightLaw law;
  private final Map<Integer, Activation> truncations = new ConcurrentHashMap<>();

  /** Refuses fewer than two widths, non-positive widths and weights that would not fit in memory. */
  public Dense(int[] widths, Activation activation, WeightLaw law) {
    InvalidRequestException.require(widths.length >= 2,
        "A dense architecture needs at least an input and an output width (d_0 -> d_1); got %d width%s.",
        widths.length, widths.length == 1 ? "" : "s");
    for (int j = 0; j < widths.length; j++) {
      // The chain is written only on failure: building it for every width made declaring L layers cost O(L²).
      if (widths[j] <= 0) {
        throw new InvalidRequestException(String.format("Width d_%d is %d in %s; every width must be a positive integer.",
            j, widths[j], chain(widths)));
      }
    }
    this.widths = widths.clone();
    this.activation = Objects.requireNonNull(activation, "activation");
    this.law = law == null ? WeightLaw.xavier() : law;
    MemoryGuard.requireDoubles(weightCount(), largestLayer(), "The weights of " + this, "use smaller widths");
  }

  public Dense(Activation activation, int... widths) {
    this(widths, activation, WeightLaw.xavier());
  }

  /** d_0..d_i (a copy). */
  public int[] widths() {
    return widths.clone();
  }

  public int width(int j) {
    return widths[j];
  }

  public Activation activation() {
    return activation;
  }

  /** σ_n = Hermite.truncate(σ, n), computed once per degree and shared by all shadows. */
  public Activation truncated(int n) {
    return truncations.computeIfAbsent(n, k -> Hermite.truncate(activation, k));
  }

  public WeightLaw weightLaw() {
    return law;
  }

  /** Σ_j d_j·d_{j−1}, the number of weights. */
  public long weightCount() {
    long s = 0;
    for (int j = 1; j < widths.length; j++) s += (long) widths[j] * widths[j - 1];
    return s;
  }

  /** max_j d_j·d_{j−1}, the weights of the largest layer. */
  long largestLayer() {
    long m = 0;
    for (int j = 1; j < widths.length; j++) m = Math.max(m, (long) widths[j] * widths[j - 1]);
    return m;
  }

  /** The largest width d̄ = max_j d_j. */
  public int maxWidth() {
    return Arrays.stream(widths).max().orElseThrow();
  }

  @Override
  public int inputDim() {
    return widths[0];
  }

  @Override
  public int outputDim() {
    return widths[widths.length - 1];
  }

  @Override
  public int depth() {
    return widths.length - 1;
  }

  /**
   * A network with weights drawn from the law: the rows of W^j in block b (rows 64b..64b+63)
   * come from {@code Rng.stream(seed, j, b)}, so the weights depend on the seed alone.
   */
  @Override
  public DenseNetwork draw(long seed) {
    MemoryGuard.requireDoubles(weightCount(), largestLayer(), "A draw of " + this, "use smaller widths");
    List<Mat> ws = new ArrayList<>();
    List<int[]> pieces = new ArrayList<>();
    for (int j = 1; j < widths.length; j++) {
      ws.add(new Mat(widths[j], widths[j - 1]));
      for (int b = 0; b < Parallel.blocks(widths[j], ROW_BLOCK); b++) pieces.add(new int[] {j, b});
    }
    Parallel.forEach(pieces.size(), p -> {
      int j = pieces.get(p)[0];
      int b = pieces.get(p)[1];
      Mat w = ws.get(j - 1);
      SplittableRandom rng = Rng.stream(seed, j, b);
      int end = Math.min(w.rows, (b + 1) * ROW_BLOCK);
      for (int r = b * ROW_BLOCK; r < end; r++) law.fillRow(w.data, r * w.cols, w.cols, rng);
    });
    return new DenseNetwork(this, ws, false, "draw(" + this + ", seed: " + seed + ")");
  }

  static String chain(int[] widths) {
    return Arrays.stream(widths).mapToObj(Integer::toString).collect(Collectors.joining(" -> "));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dense d && Arrays.equals(d.widths, widths) && d.activation.equals(activation) && d.law.equals(law);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(widths) * 31 + law.hashCode();
  }

  @Override
  public String toString() {
    return "dense(" + chain(widths) + ", act: " + activation.name()
        + (law.isXavier() ? "" : ", weights: " + law) + ")";
  }
}
