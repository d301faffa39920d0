package org.nnl.core.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.DataSet;
import org.nnl.core.dist.Sphere;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;

class SgdTest {
  static final Activation RELU = Activations.builtin("relu");
  static final Activation TANH = Activations.builtin("tanh");

  /** Labels from a fixed random network. */
  static DataSet data(Dense target, long netSeed, int n, long seed) {
    Mat x = new Sphere(target.inputDim()).sample(n, seed);
    return new DataSet(x, target.draw(netSeed).predict(x));
  }

  @Test
  void backpropMatchesCentralFiniteDifferences() {
    Dense arch = new Dense(TANH, 4, 7, 5, 2);
    List<Mat> w = copies(arch.draw(3).weights());
    DataSet d = data(new Dense(TANH, 4, 6, 2), 4, 9, 5);
    List<Mat> g = new ArrayList<>();
    for (Mat m : w) g.add(new Mat(m.rows, m.cols));
    Backprop.gradient(w, TANH, d.x(), d.y(), g);
    double h = 1e-6;
    for (int j = 0; j < w.size(); j++) for (int k = 0; k < w.get(j).data.length; k += 3) {
      double keep = w.get(j).data[k];
      w.get(j).data[k] = keep + h;
      double up = loss(arch, w, d);
      w.get(j).data[k] = keep - h;
      double down = loss(arch, w, d);
      w.get(j).data[k] = keep;
      assertEquals((up - down) / (2 * h), g.get(j).data[k], 1e-7, "layer " + (j + 1) + " entry " + k);
    }
  }

  /** ½Σ‖f(x) − y‖² by the network's own forward pass (independent of Backprop). */
  private static double loss(Dense arch, List<Mat> w, DataSet d) {
    Mat p = new DenseNetwork(arch, w).predict(d.x());
    double s = 0;
    for (int k = 0; k < p.data.length; k++) s += 0.5 * (p.data[k] - d.y().data[k]) * (p.data[k] - d.y().data[k]);
    return s;
  }

  @Test
  void bitIdenticalForAnyThreadCount() {
    Dense arch = new Dense(RELU, 5, 32, 32, 1);
    DataSet d = data(new Dense(RELU, 5, 16, 1), 1, 200, 2);
    Sgd sgd = new Sgd(arch, 3, 0.05, 40, 9, 1e-4, Schedule.COSINE, 1);
    SgdModel one = sgd.fit(d);
    for (int threads : new int[] {2, 3}) {
      SgdModel many = sgd.withThreads(threads).fit(d);
      for (int j = 0; j < 3; j++) assertArrayEquals(one.network().weights().get(j).data, many.network().weights().get(j).data);
      assertArrayEquals(one.losses(), many.losses());
    }
    assertTrue(one.losses()[2] < one.losses()[0], "the loss falls");
  }

  /** Deeper nets (the general path) and one hidden layer (the fused path), other activations: the same bits on 1, 2, 4 threads. */
  @Test
  void deeperNetsAndOtherActivationsAreBitIdenticalForAnyThreadCount() {
    DataSet d = data(new Dense(TANH, 4, 16, 1), 1, 120, 2);
    for (Dense arch : new Dense[] {new Dense(TANH, 4, 24, 16, 8, 1), new Dense(Activations.leaky(0.2), 4, 40, 20, 1),
        new Dense(Activations.builtin("gelu"), 4, 520, 1)}) {
      Sgd sgd = new Sgd(arch, 2, 0.5 * Sgd.defaultRate(arch), 32, 9, 1e-4, Schedule.INVERSE, 1);
      SgdModel one = sgd.fit(d);
      for (int threads : new int[] {2, 4}) {
        SgdModel many = sgd.withThreads(threads).fit(d);
        for (int j = 0; j < arch.depth(); j++) {
          assertArrayEquals(one.network().weights().get(j).data, many.network().weights().get(j).data, arch + ", " + threads + " threads");
        }
        assertArrayEquals(one.losses(), many.losses());
      }
      assertTrue(one.losses()[1] < one.losses()[0], arch + " learns");
    }
  }

  @Test
  void divergenceNamesTheEpochAndASmallerRate() {
    DataSet d = data(new Dense(RELU, 5, 16, 1), 1, 200, 2);
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> new Sgd(new Dense(RELU, 5, 32, 32, 1), 20, 50.0, 20, 1).fit(d));
    assertTrue(e.getMessage().matches("sgd diverged in epoch \\d+ of 20 .*rate: 5\\.00\\.$"), e.getMessage());
  }

  /** A small version of the paper's claim: SGD from Xavier init reaches ≥ 0.9 of polyreg's test R². */
  @Test
  void sgdReachesNinetyPercentOfPolyregOnASmallRandomNetwork() {
    Dense target = new Dense(RELU, 10, 64, 64, 1);
    DataSet train = data(target, 7, 2000, 1);
    DataSet test = data(target, 7, 1000, 2);
    double poly = Metrics.r2(new PolyReg(2).fit(train), test);
    double sgd = Metrics.r2(new Sgd(new Dense(RELU, 10, 256, 1), 60, 0.004, 32, 3, 0, Schedule.COSINE, 2).fit(train), test);
    assertTrue(poly > 0.5, "polyreg learns: " + poly);
    assertTrue(sgd >= 0.9 * poly, "sgd " + sgd + " vs polyreg " + poly);
  }

  @Test
  void printsLikeTheLanguage() {
    assertEquals("sgd(dense(5 -> 8 -> 1, act: relu), epochs: 3, rate: 0.1, batch: 16, seed: 2)",
        new Sgd(new Dense(RELU, 5, 8, 1), 3, 0.1, 16, 2).toString());
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Schedule.of("warm"));
    assertTrue(e.getMessage().contains("Known: constant, inverse, cosine"), e.getMessage());
  }

  static List<Mat> copies(List<Mat> ws) {
    List<Mat> out = new ArrayList<>();
    for (Mat m : ws) out.add(m.copy());
    return out;
  }
}
