package org.nnl.core.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.nnl.core.InvalidRequestException;
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
 * gradient is the sum of the gradients of fixed chunks of {@link #CHUNK} rows ({@link Backprop}),
 * computed in parallel and added in chunk order, so the result is bit-identical for any
 * number of threads. Update: W ← W − η_e·(∇/B + μW). A loss that becomes NaN, infinite or
 * 1e6 times its initial value stops the run with the epoch and a smaller rate.
 */
public final class Sgd implements Learner {
  /** Rows per gradient chunk (the unit of parallel work). */
  static final int CHUNK = 16;
  /** A loss this many times the initial loss counts as divergence. */
  static final double EXPLODED = 1e6;

  private final Dense arch;
  private final int epochs;
  private final double rate;
  private final int batch;
  private final long seed;
  private final double decay;
  private final Schedule schedule;
  private final int threads;

  public Sgd(Dense arch, int epochs, double rate, int batch, long seed, double decay, Schedule schedule, int threads) {
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

  /** The same run on {@code n} threads (the result does not change). */
  public Sgd withThreads(int n) {
    return new Sgd(arch, epochs, rate, batch, seed, decay, schedule, n);
  }

  @Override
  public SgdModel fit(DataSet data) {
    InvalidRequestException.require(data.dim() == arch.inputDim(),
        "%s takes points of dimension %d; the data have dimension %d.", arch, arch.inputDim(), data.dim());
    InvalidRequestException.require(data.y().cols == arch.outputDim(),
        "%s has %d outputs; the data have %d labels per point.", arch, arch.outputDim(), data.y().cols);
    InvalidRequestException.require(data.size() > 0, "sgd needs at least one data point.");
    int chunks = (Math.min(batch, data.size()) + CHUNK - 1) / CHUNK;
    MemoryGuard.requireDoubles((double) arch.weightCount() * (chunks + 2) + (double) chunks * CHUNK * arch.maxWidth() * 2 * (arch.depth() + 1),
        "sgd on " + arch + " with batch " + batch + " (one gradient per " + CHUNK + " rows)", "use a smaller batch or smaller widths");
    List<Mat> w = new ArrayList<>();
    for (Mat m : arch.draw(seed).weights()) w.add(m.copy());
    List<List<Mat>> grads = new ArrayList<>();
    for (int c = 0; c < chunks; c++) grads.add(zerosLike(w));
    double[] history = new double[epochs];
    ForkJoinPool pool = new ForkJoinPool(threads);
    Progress progress = Progress.current();
    progress.start(toString(), epochs);
    try {
      double initial = Double.NaN;
      for (int e = 0; e < epochs; e++) {
        int[] order = shuffle(data.size(), Rng.stream(seed, e));
        double eta = schedule.rate(rate, e, epochs);
        double loss = 0;
        for (int from = 0; from < order.length; from += batch) {
          Progress.checkInterrupted();
          int to = Math.min(order.length, from + batch);
          double batchLoss = step(pool, w, grads, data, order, from, to, eta);
          if (Double.isNaN(initial)) initial = batchLoss / (to - from);
          loss += batchLoss;
          if (!Double.isFinite(batchLoss)) break;
        }
        history[e] = loss / order.length;
        if (!Double.isFinite(history[e]) || history[e] > EXPLODED * Math.max(initial, 1e-300)) {
          throw new InvalidRequestException(String.format(
              "sgd diverged in epoch %d of %d (training loss %s, initially %.3g); use a smaller rate, for example rate: %s.",
              e + 1, epochs, Double.isFinite(history[e]) ? String.format("%.3g", history[e]) : "NaN", initial, smaller(rate)));
        }
        progress.advance(e + 1);
      }
    } finally {
      progress.finish();
      pool.shutdown();
    }
    return new SgdModel(this, new DenseNetwork(arch, w), data.size(), history);
  }

  /** One minibatch: chunk gradients in parallel, summed in chunk order, then the update. Returns the batch loss. */
  private double step(ForkJoinPool pool, List<Mat> w, List<List<Mat>> grads, DataSet data, int[] order, int from, int to, double eta) {
    int n = to - from;
    int chunks = (n + CHUNK - 1) / CHUNK;
    double[] losses = new double[chunks];
    Runnable work = () -> IntStream.range(0, chunks).parallel().forEach(c -> {
      int a = from + c * CHUNK;
      int b = Math.min(to, a + CHUNK);
      losses[c] = Backprop.gradient(w, arch.activation(), gather(data.x(), order, a, b), gather(data.y(), order, a, b), grads.get(c));
    });
    try {
      pool.submit(work).get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("Interrupted.");
    } catch (ExecutionException ex) {
      if (ex.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(ex.getCause());
    }
    double loss = 0;
    for (int c = 0; c < chunks; c++) loss += losses[c];
    for (int j = 0; j < w.size(); j++) {
      double[] wj = w.get(j).data;
      int layer = j;
      double shrink = 1 - eta * decay;
      double step = eta / n;
      IntStream.range(0, (wj.length + 4095) / 4096).parallel().forEach(blk -> {
        int lo = blk * 4096;
        int hi = Math.min(wj.length, lo + 4096);
        for (int k = lo; k < hi; k++) {
          double g = 0;
          for (int c = 0; c < chunks; c++) g += grads.get(c).get(layer).data[k];
          wj[k] = shrink * wj[k] - step * g;
        }
      });
    }
    return loss;
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

  private static Mat gather(Mat a, int[] order, int from, int to) {
    Mat r = new Mat(to - from, a.cols);
    for (int i = from; i < to; i++) System.arraycopy(a.data, order[i] * a.cols, r.data, (i - from) * a.cols, a.cols);
    return r;
  }

  private static List<Mat> zerosLike(List<Mat> w) {
    List<Mat> out = new ArrayList<>();
    for (Mat m : w) out.add(new Mat(m.rows, m.cols));
    return out;
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
