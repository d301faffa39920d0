package org.nnl.core.learn;

import java.util.ArrayList;
import java.util.List;
import org.nnl.core.Progress;
import org.nnl.core.Rng;
import org.nnl.core.act.Activation;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;

/**
 * {@link Sgd}'s training loop for one hidden layer, x → σ(x W₁ᵀ) W₂ᵀ, fused per minibatch
 * (forward, error, both gradients and the update in one pass over each block of hidden
 * units, with nothing allocated per batch), on a fixed team of threads.
 *
 * <p>The hidden units are cut into FIXED blocks of {@link HiddenBlock#KC} = 256 (the last may
 * be shorter), which depend on the width alone; thread t of T owns the blocks
 * [t·nb/T, (t+1)·nb/T) for the whole fit, so the weights of a block are read and written by
 * one thread only. Per batch the team meets once: each thread computes its blocks' forward
 * pass and their parts of the output (each part is one K-block of the output sum), then, at
 * the barrier, every thread adds all parts in block order — the same additions whatever T —
 * and does the backward pass and update of its own blocks, then goes on to the next batch's
 * forward pass (which needs only its own blocks' weights). Parts are double-buffered by
 * batch parity, which one barrier per batch makes safe. Every sum is the chain of the
 * general path ({@link Backprop} + Sgd's update), so the result is bit-identical to it, for
 * any T and any vector width of the {@link HiddenBlock} kernel.
 */
final class FusedSgd {
  private final int epochs;
  private final double rate;
  private final int batch;
  private final long seed;
  private final double decay;
  private final Schedule schedule;
  private final HiddenBlock kernel;

  FusedSgd(int epochs, double rate, int batch, long seed, double decay, Schedule schedule, HiddenBlock kernel) {
    this.epochs = epochs;
    this.rate = rate;
    this.batch = batch;
    this.seed = seed;
    this.decay = decay;
    this.schedule = schedule;
    this.kernel = kernel;
  }

  /** Whether this loop covers {@code depth} weight layers (one hidden layer). */
  static boolean covers(int depth) {
    return depth == 2;
  }

  /**
   * The row stride of the transposed W₁: H rounded up to 8 doubles (a 64-byte line) plus 16.
   * With a stride of a multiple of 4 KiB (H = 512, 1024, ...), the d rows of a kernel tile's
   * slice of W₁ᵀ would all fall into the same few L1 cache sets and evict each other on every
   * step of k; two more lines per row spread them over distinct sets (measured: the forward
   * tiles ~20% faster at H = 1024). The padding is never read.
   */
  static int stride(int hTotal) {
    return (hTotal + 7) / 8 * 8 + 16;
  }

  /** The shared state of one fit. */
  private final class Fit {
    final DataSet data;
    final Activation sigma;
    final int n, d, hTotal, ldw, m, full, blocks, team;
    final double[] w1t, w2;
    final double[][] z, a;
    final double[][][] parts;
    final double[] history;
    final SpinBarrier barrier;
    final Sgd.EpochCheck check;

    Fit(List<Mat> w, DataSet data, Activation sigma, int threads, double[] history, Sgd.EpochCheck check) {
      this.data = data;
      this.sigma = sigma;
      this.history = history;
      this.check = check;
      Mat w1 = w.get(0);
      n = data.size();
      d = w1.cols;
      hTotal = w1.rows;
      m = w.get(1).rows;
      full = Math.min(batch, n);
      blocks = (hTotal + HiddenBlock.KC - 1) / HiddenBlock.KC;
      team = Math.max(1, Math.min(threads, blocks));
      ldw = stride(hTotal);
      w1t = new double[d * ldw];
      for (int h = 0; h < hTotal; h++) for (int k = 0; k < d; k++) w1t[k * ldw + h] = w1.data[h * d + k];
      w2 = w.get(1).data;
      z = new double[blocks][];
      a = new double[blocks][];
      parts = new double[2][blocks][full * m];
      for (int b = 0; b < blocks; b++) {
        z[b] = new double[full * width(b)];
        a[b] = new double[full * width(b)];
      }
      barrier = new SpinBarrier(team);
    }

    int width(int b) {
      return Math.min(HiddenBlock.KC, hTotal - b * HiddenBlock.KC);
    }

    /** Copies the trained W₁ back from its transposed copy. */
    void finish(Mat w1) {
      for (int h = 0; h < hTotal; h++) for (int k = 0; k < d; k++) w1.data[h * d + k] = w1t[k * ldw + h];
    }

    /**
     * The whole training loop as member t of the team sees it. Every member computes the same
     * shuffles, errors and losses (the same operations on the same values); member 0 also
     * records the history, runs the epoch check (progress; divergence throws) and throws on
     * cancellation. The work of a batch is a method of its own ({@link Member#batch}), called
     * hundreds of times per epoch, so the JIT compiles it as a whole method that every later
     * member thread and fit enters compiled, rather than as an on-stack replacement of this
     * long-running loop, which each new thread re-enters from the interpreter.
     */
    void run(int t) {
      Member me = new Member(t);
      double initial = Double.NaN;
      for (int e = 0; e < epochs; e++) {
        int[] order = Sgd.shuffle(n, Rng.stream(seed, e));
        double eta = schedule.rate(rate, e, epochs);
        double shrink = 1 - eta * decay;
        double loss = 0;
        for (int from = 0; from < n; from += batch) {
          if (t == 0) Progress.checkInterrupted();
          int rows = Math.min(n, from + batch) - from;
          double batchLoss = me.batch(order, from, rows, eta / rows, shrink);
          if (batchLoss == BROKEN) return;
          if (Double.isNaN(initial)) initial = batchLoss / rows;
          loss += batchLoss;
          if (!Double.isFinite(batchLoss)) break;
        }
        if (t == 0) {
          history[e] = loss / n;
          check.after(e, history[e], initial);
        } else if (Sgd.diverged(loss / n, initial)) {
          return;
        }
      }
    }

    /** One member's blocks [b0, b1) and scratch, and its parity of the double-buffered parts. */
    final class Member {
      final int b0, b1;
      final double[] x = new double[full * d], delta = new double[full * m], back = new double[full * HiddenBlock.KC];
      int parity;

      Member(int t) {
        b0 = t * blocks / team;
        b1 = (t + 1) * blocks / team;
      }

      /**
       * The batch of points order[from..from+rows): forward pass of the member's blocks, the
       * meeting, the error and loss, backward pass and update of its blocks. Returns the batch
       * loss Σ ½δ², or {@link #BROKEN} if the barrier was broken.
       */
      double batch(int[] order, int from, int rows, double step, double shrink) {
        double[] xs = data.x().data, ys = data.y().data;
        for (int i = 0; i < rows; i++) System.arraycopy(xs, order[from + i] * d, x, i * d, d);
        double[][] part = parts[parity];
        for (int b = b0; b < b1; b++) {
          kernel.forward(rows, x, d, w1t, ldw, hTotal, b * HiddenBlock.KC, width(b), sigma, z[b], a[b], w2, m, part[b]);
        }
        if (team > 1 && !barrier.await()) return BROKEN;
        // out_ro = Σ_b part_b (blocks in order, from +0); δ = out − y; loss = Σ ½δ² in row-major order.
        double batchLoss = 0;
        for (int r = 0; r < rows; r++) {
          int yr = order[from + r] * m;
          for (int o = 0; o < m; o++) {
            double out = 0.0;
            for (int b = 0; b < blocks; b++) out += part[b][r * m + o];
            double err = out - ys[yr + o];
            delta[r * m + o] = err;
            batchLoss += 0.5 * err * err;
          }
        }
        for (int b = b0; b < b1; b++) {
          kernel.backward(rows, x, d, delta, m, w1t, ldw, w2, hTotal, b * HiddenBlock.KC, width(b), sigma, z[b], a[b], back, shrink, step);
        }
        parity ^= 1;
        return batchLoss;
      }
    }
  }

  /** What {@link Fit.Member#batch} returns when the barrier was broken (a loss is never −∞). */
  private static final double BROKEN = Double.NEGATIVE_INFINITY;

  /** Trains {@code w} (W₁, W₂; modified in place) on {@code threads} threads, filling {@code history}. */
  void train(List<Mat> w, DataSet data, Activation sigma, int threads, double[] history, Sgd.EpochCheck check) {
    Fit fit = new Fit(w, data, sigma, threads, history, check);
    List<Thread> helpers = new ArrayList<>();
    for (int t = 1; t < fit.team; t++) {
      int id = t;
      Thread th = new Thread(() -> {
        try {
          fit.run(id);
        } catch (Throwable ex) {
          fit.barrier.breakWith(ex);
        }
      }, "nnl-sgd-" + t);
      th.setDaemon(true);
      helpers.add(th);
    }
    helpers.forEach(Thread::start);
    boolean done = false;
    try {
      fit.run(0);
      done = true;
    } finally {
      if (!done) fit.barrier.breakWith(null);
      boolean interrupted = false;
      for (Thread th : helpers) {
        while (true) {
          try {
            th.join();
            break;
          } catch (InterruptedException ex) {
            interrupted = true;
            fit.barrier.breakWith(null);
          }
        }
      }
      if (interrupted) Thread.currentThread().interrupt();
    }
    Throwable failure = fit.barrier.failure();
    if (failure instanceof RuntimeException r) throw r;
    if (failure instanceof Error err) throw err;
    if (failure != null) throw new IllegalStateException(failure);
    fit.finish(w.get(0));
  }
}
