package org.nnl.core.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Parallel;
import org.nnl.core.act.Activation;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;

/**
 * A dense network with fixed weights W^1..W^i (W^j is d_j × d_{j−1}), evaluated in batches:
 * Ψ^0 = X (n × d_0, one point per row), Φ^j = Ψ^{j−1}·(W^j)ᵀ as one product, Ψ^j = σ_j(Φ^j)
 * for j &lt; i, output Φ^i. σ_j is the architecture's σ, or σ_n = truncate(σ, n) in the
 * shadow network. The activation is applied over fixed blocks of entries, so the result is
 * identical for any thread count. {@link #predict} runs the layers over blocks of rows instead
 * (each block through all layers while it is in cache, without a full-size matrix per layer) when
 * there are enough points; a row's values depend on that row alone, so the bits are the same. The
 * weight matrices are owned by the network: callers must not modify them.
 */
public final class DenseNetwork implements Network {
  /** Entries per block when applying σ in parallel. */
  private static final int APPLY_BLOCK = 1 << 15;
  /** A row block of the blocked pass holds at most this many values of its widest hidden layer (8 MiB). */
  static final int BLOCK_VALUES = 1 << 20;
  /** The blocked pass needs at least this many rows per thread (fewer: the layer-by-layer pass). */
  static final int MIN_BLOCK_ROWS = 128;

  private final Dense arch;
  private final List<Mat> weights;
  private final Activation hidden;
  private final int degree;
  private final String label;

  /** A network of {@code arch} with the given weights (copied); shapes must match the widths. */
  public DenseNetwork(Dense arch, List<Mat> weights) {
    this(arch, copyChecked(arch, weights), false, "network(" + arch + ")");
  }

  DenseNetwork(Dense arch, List<Mat> weights, boolean copy, String label) {
    this(arch, copy ? copyChecked(arch, weights) : weights, arch.activation(), -1, label);
  }

  private DenseNetwork(Dense arch, List<Mat> weights, Activation hidden, int degree, String label) {
    this.arch = arch;
    this.weights = Collections.unmodifiableList(weights);
    this.hidden = hidden;
    this.degree = degree;
    this.label = label;
  }

  private static List<Mat> copyChecked(Dense arch, List<Mat> weights) {
    InvalidRequestException.require(weights.size() == arch.depth(),
        "%s has %d weight layers; got %d weight matrices.", arch, arch.depth(), weights.size());
    List<Mat> out = new ArrayList<>();
    for (int j = 1; j <= arch.depth(); j++) {
      Mat w = weights.get(j - 1);
      InvalidRequestException.require(w.rows == arch.width(j) && w.cols == arch.width(j - 1),
          "W^%d of %s must be %dx%d; got %dx%d.", j, arch, arch.width(j), arch.width(j - 1), w.rows, w.cols);
      out.add(w.copy());
    }
    return out;
  }

  /**
   * The shadow network of {@code net}: the same weights, σ_n = truncate(σ, n) in the hidden
   * layers 1..i−1. Refused for networks that are not dense and for n &lt; 0.
   */
  public static DenseNetwork shadow(Network net, int n) {
    InvalidRequestException.require(net instanceof DenseNetwork,
        "shadow needs a dense network; got %s.", net);
    return ((DenseNetwork) net).shadow(n);
  }

  /** This network's shadow of degree n (see {@link #shadow(Network, int)}). */
  public DenseNetwork shadow(int n) {
    InvalidRequestException.require(n >= 0, "The degree of a shadow network must be at least 0; got %d.", n);
    InvalidRequestException.require(degree < 0, "%s is already a shadow network; take the shadow of the original.", this);
    return new DenseNetwork(arch, weights, arch.truncated(n), n, "shadow(" + label + ", degree: " + n + ")");
  }

  @Override
  public Dense architecture() {
    return arch;
  }

  /** W^1..W^i (read-only views of the network's own matrices). */
  public List<Mat> weights() {
    return weights;
  }

  /** The activation of the hidden layers: σ, or σ_n in a shadow network. */
  public Activation hiddenActivation() {
    return hidden;
  }

  /** n for a shadow network, −1 otherwise. */
  public int shadowDegree() {
    return degree;
  }

  public int depth() {
    return arch.depth();
  }

  @Override
  public int inputDim() {
    return arch.inputDim();
  }

  @Override
  public int outputDim() {
    return arch.outputDim();
  }

  @Override
  public Mat predict(Mat x) {
    int rows = blockRows(x.rows, Parallel.parallelism());
    return rows > 0 ? blocked(x, rows) : forward(x, false).get(0);
  }

  /**
   * Rows per block of the blocked pass for n points and p threads, or 0 for the layer-by-layer
   * pass: that one for a single layer and below {@link #MIN_BLOCK_ROWS} rows per thread (there
   * each product is split over the threads instead). Otherwise the fewest blocks of at most
   * {@link #BLOCK_VALUES} / (widest hidden width) rows, rounded up to a multiple of p so that the
   * threads get equal shares. (8192 points through 32 → 1024 → 1024 → 1 on two cores, 3 December:
   * blocks of 1024 rows took 138–149 ms against 159–165 ms layer by layer; blocks of 256 rows were
   * slower, as each block packs the weights anew.) The block size changes the speed, never the bits.
   */
  int blockRows(int n, int p) {
    if (arch.depth() < 2 || n < (long) p * MIN_BLOCK_ROWS) return 0;
    int most = Math.max(1, BLOCK_VALUES / widestHidden());
    int blocks = Parallel.blocks(Parallel.blocks(n, most), p) * p;
    return Parallel.blocks(n, blocks);
  }

  /** The widest hidden layer, d_1..d_{i−1} (1 for a single layer). */
  private int widestHidden() {
    int widest = 1;
    for (int j = 1; j < arch.depth(); j++) widest = Math.max(widest, arch.width(j));
    return widest;
  }

  /**
   * The forward pass over blocks of {@code rows} rows, each run through every layer in buffers
   * (one per hidden layer, reused from block to block) and written into its output rows. On the
   * reproducible kernel p workers each take the next block while any is left, every product on
   * the worker's own thread. On the native backend the blocks go in turn, each product on
   * OpenBLAS's threads: two single-threaded OpenBLAS calls at once were slower than that (8192
   * points through 32 → 1024 → 1024 → 1, 3 December: 94.9 against 112.8 GFLOP/s, and 103.7 layer
   * by layer).
   */
  Mat blocked(Mat x, int rows) {
    checkInput(x);
    int n = x.rows, depth = arch.depth(), dOut = arch.outputDim();
    boolean perWorker = "java".equals(Linalg.backend());
    int blocks = Parallel.blocks(n, rows), workers = perWorker ? Math.min(blocks, Parallel.parallelism()) : 1;
    long hiddenValues = 0;
    for (int j = 1; j < depth; j++) hiddenValues += arch.width(j);
    MemoryGuard.requireDoubles((double) n * dOut + (double) workers * rows * hiddenValues,
        Math.max((double) n * dOut, (double) rows * widestHidden()),
        "Evaluating " + arch + " on " + n + " points", "evaluate fewer points at a time");
    Mat out = new Mat(n, dOut);
    AtomicInteger next = new AtomicInteger();
    Parallel.forEach(workers, w -> {
      Mat[] h = new Mat[depth];
      for (int j = 1; j < depth; j++) h[j] = new Mat(rows, arch.width(j));
      for (int t; (t = next.getAndIncrement()) < blocks; ) {
        int r0 = t * rows, r = Math.min(rows, n - r0);
        Mat in = x;
        int i0 = r0;
        for (int j = 1; j < depth; j++) {
          Linalg.multTransBRows(in, i0, r, weights.get(j - 1), h[j], 0, !perWorker);
          if (perWorker) {
            hidden.applyInPlace(h[j].data, 0, r * h[j].cols);
          } else {
            applyInPlace(hidden, h[j].data, r * h[j].cols);
          }
          in = h[j];
          i0 = 0;
        }
        Linalg.multTransBRows(in, i0, r, weights.get(depth - 1), out, r0, !perWorker);
      }
    });
    return out;
  }

  /** Ψ^0 = X, Ψ^1, …, Ψ^{i−1} and the output Φ^i: i + 1 matrices, one point per row. */
  public List<Mat> layers(Mat x) {
    return forward(x, true);
  }

  private void checkInput(Mat x) {
    InvalidRequestException.require(x.cols == arch.inputDim(),
        "%s takes inputs of dimension %d; got points of dimension %d.", arch, arch.inputDim(), x.cols);
  }

  /** The layer-by-layer pass: Φ^j for all the points at once, each product split over the threads. */
  private List<Mat> forward(Mat x, boolean keep) {
    checkInput(x);
    long widest = 0;
    for (int j = 1; j <= arch.depth(); j++) widest = Math.max(widest, arch.width(j));
    MemoryGuard.requireDoubles((double) x.rows * widest * (keep ? arch.depth() : 2), (double) x.rows * widest,
        "Evaluating " + arch + " on " + x.rows + " points", "evaluate fewer points at a time");
    List<Mat> out = new ArrayList<>();
    if (keep) out.add(x);
    Mat psi = x;
    for (int j = 1; j <= arch.depth(); j++) {
      Mat phi = Linalg.multTransB(psi, weights.get(j - 1));
      if (j < arch.depth()) applyInPlace(hidden, phi.data);
      psi = phi;
      if (keep || j == arch.depth()) out.add(phi);
    }
    return out;
  }

  /** σ applied to every entry of {@code v}, over fixed blocks of entries. */
  static void applyInPlace(Activation sigma, double[] v) {
    applyInPlace(sigma, v, v.length);
  }

  /** σ applied to v[0..n), over fixed blocks of entries in parallel. */
  static void applyInPlace(Activation sigma, double[] v, int n) {
    Parallel.forBlocks(n, APPLY_BLOCK, (lo, hi) -> sigma.applyInPlace(v, lo, hi));
  }

  @Override
  public String toString() {
    return label;
  }
}
