package org.nnl.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnl.core.learn.SgdTest.RELU;
import static org.nnl.core.learn.SgdTest.data;

import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.dist.DataSet;
import org.nnl.core.net.Dense;

/**
 * The default rate η = 1/Σ fan-ins ({@link Sgd#defaultRate}) converges in the paper's setting
 * (sphere inputs, labels from a random relu network, Xavier start) for every width 64..4096
 * and depth 2..4, where the old fixed default 0.05 diverges. Sized to be cheap: 128 points,
 * batch 32, 2 epochs; the assertion is what so few steps can show — the training loss of the
 * second epoch is at least 5% below that of the first (measured: 11% to 56% below).
 */
class SgdDefaultsTest {
  static final int DIM = 16;

  static Dense student(int width, int depth) {
    int[] widths = new int[depth + 1];
    widths[0] = DIM;
    for (int j = 1; j < depth; j++) widths[j] = width;
    widths[depth] = 1;
    return new Dense(RELU, widths);
  }

  @Test
  void theFormulaOnExamples() {
    assertEquals(0.00189, Sgd.defaultRate(student(512, 2)));      // 1/(16 + 512) = 0.0018939…
    assertEquals(0.000243, Sgd.defaultRate(student(2048, 3)));    // 1/(16 + 2·2048) = 0.00024319…
    assertEquals(0.0625, Sgd.defaultRate(new Dense(RELU, 16, 1))); // 1/16
  }

  @Test
  void theDefaultRateConvergesForEveryWidthAndDepth() {
    DataSet d = data(new Dense(RELU, DIM, 64, 1), 11, 128, 12);
    for (int depth = 2; depth <= 4; depth++) {
      for (int width : new int[] {64, 256, 1024, 4096}) {
        Dense arch = student(width, depth);
        double[] h = new Sgd(arch, 2, Double.NaN, 32, 5, 0, Schedule.CONSTANT, 2).fit(d).losses();
        String what = arch + " at rate " + Sgd.defaultRate(arch) + ": losses " + h[0] + ", " + h[1];
        assertTrue(h[1] < 0.95 * h[0], what);
      }
    }
  }

  @Test
  void theOldDefaultDivergesWhereTheNewOneConverges() {
    Dense arch = student(512, 2);
    DataSet d = data(new Dense(RELU, DIM, 64, 1), 13, 5000, 14);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new Sgd(arch, 1, 0.05, 64, 3).fit(d));
    assertTrue(e.getMessage().startsWith("sgd diverged in epoch 1 of 1"), e.getMessage());
    double[] h = new Sgd(arch, 2, Double.NaN, 64, 3).fit(d).losses();
    assertTrue(h[1] < h[0], h[0] + ", " + h[1]);
  }
}
