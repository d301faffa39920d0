package org.nnl.core.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnl.core.learn.SgdTest.data;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Rng;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Dense;

/**
 * The fused one-hidden-layer path ({@link FusedSgd}, {@link HiddenBlock} kernels) against (1) a
 * direct implementation of minibatch SGD written out below, every sum the chain of the
 * products' definition (fma from +0 over blocks of 256 terms, blocks added in order), and (2)
 * the general path (Backprop + update): identical bits, for every kernel width (scalar, 128,
 * 256, 512), 1, 2 and 4 threads, ragged shapes (a short last hidden block, input widths that are not
 * a multiple of 4, a short last batch, several outputs, batches and inputs longer than one
 * K-block of 256) and several activations.
 */
class FusedSgdTest {
  static final Activation RELU = Activations.builtin("relu");
  static final Activation TANH = Activations.builtin("tanh");
  static final String[] KERNELS = {"scalar", "128", "256", "512"};

  /** W₁, W₂ after training with kernel {@code kernel} on {@code threads} threads, and the history. */
  static List<double[]> fused(Dense arch, DataSet d, int epochs, double rate, int batch, long seed, double decay,
                              Schedule sch, String kernel, int threads) {
    List<Mat> w = SgdTest.copies(arch.draw(seed).weights());
    double[] history = new double[epochs];
    new FusedSgd(epochs, rate, batch, seed, decay, sch, HiddenBlocks.of(kernel))
        .train(w, d, arch.activation(), threads, history, (e, h, initial) -> { });
    return List.of(w.get(0).data, w.get(1).data, history);
  }

  @Test
  void equalsTheDirectDefinitionAndTheGeneralPathOnRaggedShapes() {
    Object[][] cases = {
        // arch, n, batch, decay, schedule
        {new Dense(RELU, 7, 600, 2), 60, 37, 1e-3, Schedule.COSINE},
        {new Dense(TANH, 5, 300, 1), 40, 24, 0.0, Schedule.CONSTANT},
        {new Dense(Activations.leaky(0.1), 3, 17, 3), 50, 8, 0.0, Schedule.INVERSE},
        {new Dense(RELU, 3, 520, 1), 280, 260, 0.0, Schedule.CONSTANT},   // batch > 256: two K-blocks over rows
        {new Dense(TANH, 260, 40, 1), 30, 16, 0.0, Schedule.CONSTANT},    // input > 256: two K-blocks over inputs
    };
    for (Object[] c : cases) {
      Dense arch = (Dense) c[0];
      DataSet d = data(new Dense(TANH, arch.inputDim(), 12, arch.outputDim()), 4, (int) c[1], 5);
      int batch = (int) c[2];
      double decay = (double) c[3];
      Schedule sch = (Schedule) c[4];
      double rate = 0.5 * Sgd.defaultRate(arch);
      List<double[]> ref = direct(arch, d, 2, rate, batch, 3, decay, sch);
      SgdModel general = new Sgd(arch, 2, rate, batch, 3, decay, sch, 2).fit(d, false);
      assertArrayEquals(ref.get(0), general.network().weights().get(0).data, arch + ": general path W1 vs definition");
      assertArrayEquals(ref.get(1), general.network().weights().get(1).data, arch + ": general path W2 vs definition");
      assertArrayEquals(ref.get(2), general.losses(), arch + ": general path losses");
      for (String kernel : KERNELS) {
        for (int threads : new int[] {1, 2, 4}) {
          List<double[]> got = fused(arch, d, 2, rate, batch, 3, decay, sch, kernel, threads);
          String what = arch + ", kernel " + kernel + ", " + threads + " threads";
          assertArrayEquals(ref.get(0), got.get(0), what + ": W1");
          assertArrayEquals(ref.get(1), got.get(1), what + ": W2");
          assertArrayEquals(ref.get(2), got.get(2), what + ": losses");
        }
      }
      assertTrue(ref.get(2)[1] < ref.get(2)[0], arch + " learns: " + ref.get(2)[0] + " -> " + ref.get(2)[1]);
    }
  }

  @Test
  void sgdFitTakesTheFusedPathWithTheSameResult() {
    Dense arch = new Dense(RELU, 20, 1024, 1);
    DataSet d = data(new Dense(RELU, 20, 64, 1), 7, 128, 1);
    Sgd sgd = new Sgd(arch, 2, 0.002, 64, 3, 0, Schedule.CONSTANT, 2);
    SgdModel viaFit = sgd.fit(d);
    List<double[]> ref = direct(arch, d, 2, 0.002, 64, 3, 0, Schedule.CONSTANT);
    assertArrayEquals(ref.get(0), viaFit.network().weights().get(0).data);
    assertArrayEquals(ref.get(1), viaFit.network().weights().get(1).data);
    assertArrayEquals(ref.get(2), viaFit.losses());
  }

  @Test
  void divergenceIsReportedAsOnTheGeneralPath() {
    Dense arch = new Dense(RELU, 5, 700, 1);
    DataSet d = data(new Dense(RELU, 5, 16, 1), 1, 200, 2);
    for (int threads : new int[] {1, 3}) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> new Sgd(arch, 20, 50.0, 20, 1, 0, Schedule.CONSTANT, threads).fit(d));
      InvalidRequestException g = assertThrows(InvalidRequestException.class,
          () -> new Sgd(arch, 20, 50.0, 20, 1, 0, Schedule.CONSTANT, threads).fit(d, false));
      assertEquals(g.getMessage(), e.getMessage());
      assertTrue(e.getMessage().matches("sgd diverged in epoch \\d+ of 20 .*rate: 5\\.00\\.$"), e.getMessage());
    }
  }

  @Test
  void anErrorInAHelperThreadReachesTheCallerWithoutHanging() {
    AtomicBoolean armed = new AtomicBoolean();
    Activation bad = Activations.user("bad", x -> {
      if (armed.get() && Thread.currentThread().getName().startsWith("nnl-sgd-") && x > 0) throw new IllegalStateException("boom");
      return Math.tanh(x);
    }, new double[0]);
    Dense arch = new Dense(bad, 4, 1024, 1);
    DataSet d = data(new Dense(TANH, 4, 8, 1), 1, 64, 2);
    armed.set(true);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> new FusedSgd(3, 0.01, 16, 1, 0, Schedule.CONSTANT, HiddenBlocks.pick())
              .train(SgdTest.copies(arch.draw(1).weights()), d, bad, 4, new double[3], (ep, h, i) -> { }));
      assertEquals("boom", e.getMessage());
    });
  }

  @Test
  void anInterruptCancelsTheFitWithoutHanging() {
    Dense arch = new Dense(RELU, 4, 1024, 1);
    DataSet d = data(new Dense(TANH, 4, 8, 1), 1, 64, 2);
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      Thread.currentThread().interrupt();
      try {
        assertThrows(CancellationException.class, () -> new Sgd(arch, 3, 0.01, 16, 1, 0, Schedule.CONSTANT, 2).fit(d));
      } finally {
        Thread.interrupted();
      }
    });
  }

  @Test
  void withoutTheVectorModuleTheScalarKernelGivesTheSameBits() throws Exception {
    String jvm = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(jvm, "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
        SgdProbe.class.getName()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    List<String> lines = out.lines().toList();
    assertEquals("scalar", lines.get(0), out);
    assertTrue(HiddenBlocks.pick().name().endsWith("-bit"), HiddenBlocks.pick().name());
    assertEquals(Integer.toString(SgdProbe.checksum()), lines.get(1), out);
  }

  // ---- the definition, written out ----

  /** Σ_p u(p)·v(p) as the products define it: blocks of 256 terms, each an fma chain from +0, added in order to +0. */
  static double chain(int count, IntToDoubleFunction u, IntToDoubleFunction v) {
    double c = 0.0;
    for (int p0 = 0; p0 < count; p0 += 256) {
      double acc = 0.0;
      for (int p = p0; p < Math.min(count, p0 + 256); p++) acc = Math.fma(u.applyAsDouble(p), v.applyAsDouble(p), acc);
      c = Math.fma(acc, 1, c);
    }
    return c;
  }

  /**
   * Minibatch SGD on ½‖f(x) − y‖² for f(x) = W₂σ(W₁x), from arch.draw(seed): epoch e visits the
   * points in the order Sgd.shuffle(n, Rng.stream(seed, e)); per batch of B rows, the gradient
   * by the chain rule, then W ← (1 − ημ)W − (η/B)∇. Returns W₁, W₂ and the mean loss per epoch.
   */
  static List<double[]> direct(Dense arch, DataSet data, int epochs, double rate, int batch, long seed, double decay, Schedule sch) {
    Activation sigma = arch.activation();
    double[][] w1 = rows(arch.draw(seed).weights().get(0)), w2 = rows(arch.draw(seed).weights().get(1));
    int n = data.size(), dim = arch.inputDim(), hid = arch.width(1), m = arch.outputDim();
    double[] history = new double[epochs];
    for (int e = 0; e < epochs; e++) {
      int[] order = Sgd.shuffle(n, Rng.stream(seed, e));
      double eta = sch.rate(rate, e, epochs);
      double loss = 0;
      for (int from = 0; from < n; from += batch) {
        int b = Math.min(n, from + batch) - from;
        double batchLoss = 0;
        double[][] x = new double[b][], y = new double[b][];
        for (int r = 0; r < b; r++) {
          x[r] = row(data.x(), order[from + r]);
          y[r] = row(data.y(), order[from + r]);
        }
        double[][] z = new double[b][hid], a = new double[b][], delta = new double[b][m], back = new double[b][hid];
        for (int r = 0; r < b; r++) {
          for (int h = 0; h < hid; h++) {
            double[] xr = x[r], wh = w1[h];
            z[r][h] = chain(dim, k -> xr[k], k -> wh[k]);
          }
          a[r] = z[r].clone();
          sigma.applyInPlace(a[r], 0, hid);
          for (int o = 0; o < m; o++) {
            double[] ar = a[r], wo = w2[o];
            delta[r][o] = chain(hid, h -> ar[h], h -> wo[h]) - y[r][o];
            batchLoss += 0.5 * delta[r][o] * delta[r][o];
          }
          for (int h = 0; h < hid; h++) {
            double[] dr = delta[r];
            int hh = h;
            back[r][h] = chain(m, o -> dr[o], o -> w2[o][hh]) * sigma.derivative(z[r][h]);
          }
        }
        double[][] g1 = new double[hid][dim], g2 = new double[m][hid];
        for (int o = 0; o < m; o++) for (int h = 0; h < hid; h++) {
          int oo = o, hh = h;
          g2[o][h] = chain(b, r -> delta[r][oo], r -> a[r][hh]);
        }
        for (int h = 0; h < hid; h++) for (int k = 0; k < dim; k++) {
          int hh = h, kk = k;
          g1[h][k] = chain(b, r -> back[r][hh], r -> x[r][kk]);
        }
        loss += batchLoss;
        double shrink = 1 - eta * decay, step = eta / b;
        for (int h = 0; h < hid; h++) for (int k = 0; k < dim; k++) w1[h][k] = shrink * w1[h][k] - step * g1[h][k];
        for (int o = 0; o < m; o++) for (int h = 0; h < hid; h++) w2[o][h] = shrink * w2[o][h] - step * g2[o][h];
      }
      history[e] = loss / n;
    }
    return List.of(flat(w1), flat(w2), history);
  }

  private static double[][] rows(Mat w) {
    double[][] out = new double[w.rows][];
    for (int i = 0; i < w.rows; i++) out[i] = row(w, i);
    return out;
  }

  private static double[] row(Mat w, int i) {
    double[] r = new double[w.cols];
    System.arraycopy(w.data, i * w.cols, r, 0, w.cols);
    return r;
  }

  private static double[] flat(double[][] rows) {
    List<Double> all = new ArrayList<>();
    for (double[] r : rows) for (double v : r) all.add(v);
    return all.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
