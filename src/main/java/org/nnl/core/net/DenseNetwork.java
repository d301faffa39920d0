package org.nnl.core.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * identical for any thread count. The weight matrices are owned by the network: callers must
 * not modify them.
 */
public final class DenseNetwork implements Network {
  /** Entries per block when applying σ in parallel. */
  private static final int APPLY_BLOCK = 1 << 15;

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
    return forward(x, false).get(0);
  }

  /** Ψ^0 = X, Ψ^1, …, Ψ^{i−1} and the output Φ^i: i + 1 matrices, one point per row. */
  public List<Mat> layers(Mat x) {
    return forward(x, true);
  }

  private List<Mat> forward(Mat x, boolean keep) {
    InvalidRequestException.require(x.cols == arch.inputDim(),
        "%s takes inputs of dimension %d; got points of dimension %d.", arch, arch.inputDim(), x.cols);
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
    int blocks = Parallel.blocks(v.length, APPLY_BLOCK);
    Parallel.forEach(blocks, b -> sigma.applyInPlace(v, b * APPLY_BLOCK, Math.min(v.length, (b + 1) * APPLY_BLOCK)));
  }

  @Override
  public String toString() {
    return label;
  }
}
