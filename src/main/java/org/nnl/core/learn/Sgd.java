package org.nnl.core.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicBoolean;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Parallel;
import org.nnl.core.Progress;
import org.nnl.core.Rng;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;

/**
 * sgd(arch, epochs: E, rate: η, batch: B, seed: s, decay: μ, schedule: constant): minibatch SGD
 * on the mean squared loss ½‖f(x) − y‖² from {@code arch.draw(seed)}. Epoch e visits the
 * points in the order of a shuffle drawn from {@code Rng.stream(seed, e)}; each minibatch's
 * gradient is one pass of {@link Backprop} over the whole batch (every product sums over the
 * batch rows in row order), so the result is bit-identical for any number of threads; the
 * parallel work is inside the products and the update, not across batches. Networks with one
 * hidden layer take {@link FusedSgd}, the same arithmetic fused per batch over fixed blocks of
 * hidden units (the same bits, faster). Update:
 * W ← W − η_e·(∇/B + μW). The default rate is {@link #defaultRate}. A loss that becomes NaN,
 * infinite or 1e6 times its initial value stops the run with the epoch and a smaller rate.
 */
public final class Sgd implements Learner {
  /** A loss this many times the initial loss counts as divergence. */
  static final double EXPLODED = 1e6;
  /** Weights per block of the parallel update. */
  private static final int UPDATE_BLOCK = 1 << 16;

  private final Dense arch;
  private final int epochs;
  private final double rate;
  private final int batch;
  private final long seed;
  private final double decay;
  private final Schedule schedule;
  private final int threads;

  /** {@code rate} NaN means {@link #defaultRate}(arch). */
  public Sgd(Dense arch, int epochs, double rate, int batch, long seed, double decay, Schedule schedule, int threads) {
    if (Double.isNaN(rate)) rate = defaultRate(arch);
    InvalidRequestException.require(epochs >= 1, "sgd needs at least 1 epoch; got %d.", epochs);
    InvalidRequestException.require(rate > 0 && Double.isFinite(rate), "sgd needs a positive rate; got %s.", rate);
    InvalidRequestException.require(batch >= 1, "sgd needs a batch of at least 1 point; got %d.", batch);
    InvalidRequestException.require(decay >= 0 && Double.isFinite(decay), "sgd needs a weight decay of at least 0; got %s.", decay);
    InvalidRequestException.require(threads >= 1, "sgd needs at least 1 thread; got %d.", threads);
    InvalidRequestException.require(arch.activation().hasDerivative(),
        "sgd needs the derivative of the activation; %s has none.", arch.activation().name());
    this.arch = arch;
    this.epochs = epochs;
    this.rate = rate;
    this.batch = batch;
    this.seed = seed;
    this.decay = decay;
    this.schedule = schedule == null ? Schedule.CONSTANT : schedule;
    this.threads = threads;
  }

  /** Constant rate, no decay, all processors. */
  public Sgd(Dense arch, int epochs, double rate, int batch, long seed) {
    this(arch, epochs, rate, batch, seed, 0, Schedule.CONSTANT, Runtime.getRuntime().availableProcessors());
  }

  /**
   * The default rate η = 1 / Σ_j d_{j−1} (the sum of the fan-ins of the weight layers, i.e.
   * the input dimension plus every hidden width), rounded down to 3 significant digits. Why:
   * with Xavier weights, inputs of norm √d and a normalized activation (E σ(g)² = 1), the
   * gradient of f(x) with respect to W^j has squared norm ≈ ‖A^{j−1}‖² ≈ d_{j−1}, so the
   * neural tangent kernel K(x, x) = ‖∇_W f(x)‖² ≈ Σ_j d_{j−1}. The curvature of the batch
   * loss is at most the mean of K(x_r, x_r), and gradient descent is stable when η times the
   * curvature stays below 2; η = 1/Σ d_{j−1} keeps it near 1 for every width and depth.
   * Example: dense(16 -> 512 -> 1) gives 1/528 → 0.00189.
   */
  public static double defaultRate(Dense arch) {
    double fanIns = 0;
    for (int j = 1; j <= arch.depth(); j++) fanIns += arch.width(j - 1);
    return new java.math.BigDecimal(1 / fanIns).round(new java.math.MathContext(3, java.math.RoundingMode.FLOOR)).doubleValue();
  }

  /** The same run on {@code n} threads (the result does not change). */
  public Sgd withThreads(int n) {
    return new Sgd(arch, epochs, rate, batch, seed, decay, schedule, n);
  }

  public double rate() {
    return rate;
  }

  @Override
  public SgdModel fit(DataSet data) {
    return fit(data, true);
  }

  /**
   * As {@link #fit(DataSet)}; with {@code fused} false, networks {@link FusedSgd} covers take
   * the general path instead (for tests: both give the same bits).
   */
  SgdModel fit(DataSet data, boolean fused) {
    InvalidRequestException.require(data.dim() == arch.inputDim(),
        "%s takes points of dimension %d; the data have dimension %d.", arch, arch.inputDim(), data.dim());
    InvalidRequestException.require(data.y().cols == arch.outputDim(),
        "%s has %d outputs; the data have %d labels per point.", arch, arch.outputDim(), data.y().cols);
    InvalidRequestException.require(data.size() > 0, "sgd needs at least one data point.");
    int rows = Math.min(batch, data.size());
    MemoryGuard.requireDoubles((double) arch.weightCount() * 3 + (double) rows * (arch.inputDim() + arch.outputDim()
            + 3.0 * arch.maxWidth() * arch.depth()),
        "sgd on " + arch + " with batch " + batch, "use a smaller batch or smaller widths");
    List<Mat> w = new ArrayList<>();
    for (Mat m : arch.draw(seed).weights()) w.add(m.copy());
    double[] history = new double[epochs];
    Progress progress = Progress.current();
    progress.start(toString(), epochs);
    try {
      if (fused && FusedSgd.covers(w.size())) {
        // The team meets once per batch, so more members than processors would only wait for
        // each other; the bits do not depend on the team's size.
        int team = Math.min(threads, Runtime.getRuntime().availableProcessors());
        new FusedSgd(epochs, rate, batch, seed, decay, schedule, HiddenBlocks.pick())
            .train(w, data, arch.activation(), team, history, (e, h, initial) -> endEpoch(e, h, initial, progress));
      } else if (threads == Runtime.getRuntime().availableProcessors()) {
        train(w, data, history, progress, null);
      } else {
        inPool(w, data, history, progress);
      }
    } finally {
      progress.finish();
    }
    return new SgdModel(this, new DenseNetwork(arch, w), data.size(), history);
  }

  /** Trains on a pool of {@link #threads} threads (the products then run there); the caller waits. */
  private void inPool(List<Mat> w, DataSet data, double[] history, Progress progress) {
    ForkJoinPool pool = new ForkJoinPool(threads);
    AtomicBoolean cancelled = new AtomicBoolean();
    try {
      ForkJoinTask<?> task = pool.submit(() -> train(w, data, history, progress, cancelled));
      try {
        task.get();
      } catch (InterruptedException ex) {
        cancelled.set(true);
        Thread.currentThread().interrupt();
        throw new CancellationException("Interrupted.");
      } catch (ExecutionException ex) {
        if (ex.getCause() instanceof RuntimeException r) throw r;
        if (ex.getCause() instanceof Error e) throw e;
        throw new IllegalStateException(ex.getCause());
      }
    } finally {
      pool.shutdown();
    }
  }

  private void train(List<Mat> w, DataSet data, double[] history, Progress progress, AtomicBoolean cancelled) {
    List<Mat> grads = new ArrayList<>();
    for (Mat m : w) grads.add(new Mat(m.rows, m.cols));
    int n = data.size(), full = Math.min(batch, n);
    Backprop work = new Backprop(w, full);
    Backprop rest = n % full == 0 ? null : new Backprop(w, n % full);
    Mat[] xs = {new Mat(full, data.dim()), rest == null ? null : new Mat(n % full, data.dim())};
    Mat[] ys = {new Mat(full, data.y().cols), rest == null ? null : new Mat(n % full, data.y().cols)};
    double initial = Double.NaN;
    for (int e = 0; e < epochs; e++) {
      int[] order = shuffle(n, Rng.stream(seed, e));
      double eta = schedule.rate(rate, e, epochs);
      double loss = 0;
      for (int from = 0; from < n; from += batch) {
        if (cancelled != null && cancelled.get()) throw new CancellationException("Interrupted.");
        Progress.checkInterrupted();
        int to = Math.min(n, from + batch);
        int which = to - from == full ? 0 : 1;
        gather(data.x(), order, from, xs[which]);
        gather(data.y(), order, from, ys[which]);
        double batchLoss = (which == 0 ? work : rest).run(w, arch.activation(), xs[which], ys[which], grads);
        update(w, grads, eta, to - from);
        if (Double.isNaN(initial)) initial = batchLoss / (to - from);
        loss += batchLoss;
        if (!Double.isFinite(batchLoss)) break;
      }
      history[e] = loss / n;
      endEpoch(e, history[e], initial, progress);
    }
  }

  /** What the training loop does after epoch e (0-based) with mean loss h: throws on divergence, else reports progress. */
  @FunctionalInterface
  interface EpochCheck {
    void after(int e, double h, double initial);
  }

  private void endEpoch(int e, double h, double initial, Progress progress) {
    if (diverged(h, initial)) {
      throw new InvalidRequestException(String.format(
          "sgd diverged in epoch %d of %d (training loss %s, initially %.3g); use a smaller rate, for example rate: %s.",
          e + 1, epochs, Double.isFinite(h) ? String.format("%.3g", h) : "NaN", initial, smaller(rate)));
    }
    progress.advance(e + 1);
  }

  /** Whether an epoch's mean loss {@code h} counts as divergence from the first batch's {@code initial}. */
  static boolean diverged(double h, double initial) {
    return !Double.isFinite(h) || h > EXPLODED * Math.max(initial, 1e-300);
  }

  /** W ← (1 − ημ)·W − (η/n)·∇, over fixed blocks of entries in parallel. */
  private void update(List<Mat> w, List<Mat> grads, double eta, int n) {
    double shrink = 1 - eta * decay;
    double step = eta / n;
    for (int j = 0; j < w.size(); j++) {
      double[] wj = w.get(j).data, gj = grads.get(j).data;
      Parallel.forEach(Parallel.blocks(wj.length, UPDATE_BLOCK), blk -> {
        for (int k = blk * UPDATE_BLOCK, hi = Math.min(wj.length, k + UPDATE_BLOCK); k < hi; k++) {
          wj[k] = shrink * wj[k] - step * gj[k];
        }
      });
    }
  }

  /** A uniformly random permutation of 0..n−1 (Fisher–Yates). */
  static int[] shuffle(int n, SplittableRandom rng) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) p[i] = i;
    for (int i = n - 1; i > 0; i--) {
      int j = rng.nextInt(i + 1);
      int t = p[i];
      p[i] = p[j];
      p[j] = t;
    }
    return p;
  }

  /** Copies rows order[from], order[from + 1], ... of {@code a} into {@code into} (as many as it has). */
  private static void gather(Mat a, int[] order, int from, Mat into) {
    for (int i = 0; i < into.rows; i++) System.arraycopy(a.data, order[from + i] * a.cols, into.data, i * a.cols, a.cols);
  }

  private static String smaller(double rate) {
    return String.format("%.3g", rate / 10);
  }

  public Dense architecture() {
    return arch;
  }

  @Override
  public String toString() {
    return "sgd(" + arch + ", epochs: " + epochs + ", rate: " + rate + ", batch: " + batch + ", seed: " + seed
        + (decay == 0 ? "" : ", decay: " + decay) + (schedule == Schedule.CONSTANT ? "" : ", schedule: \"" + schedule + "\"") + ")";
  }
}
