package org.nnl.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;
import org.nnl.core.predict.Predictor;

class MetricsTest {
  /** f(x) = c: a constant predictor in one variable. */
  static Predictor constant(double c) {
    return new Predictor() {
      public int inputDim() { return 1; }
      public int outputDim() { return 1; }
      public Mat predict(Mat x) {
        Mat y = new Mat(x.rows, 1);
        java.util.Arrays.fill(y.data, c);
        return y;
      }
    };
  }

  // x = 0..4, y = 1, 2, 4, 7, 11 (mean 5; Σ(y − 5)² = 16 + 9 + 1 + 4 + 36 = 66).
  static final DataSet DATA = new DataSet(new Mat(5, 1, new double[] {0, 1, 2, 3, 4}), new Mat(5, 1, new double[] {1, 2, 4, 7, 11}));

  @Test
  void mseAndR2OfAConstantByHand() {
    // f = 3: residuals −2, −1, 1, 4, 8 → Σ² = 4 + 1 + 1 + 16 + 64 = 86.
    assertEquals(86.0 / 5, Metrics.mse(constant(3), DATA), 1e-15);
    assertEquals(1 - 86.0 / 66, Metrics.r2(constant(3), DATA), 1e-15);
    assertEquals(0.0, Metrics.r2(constant(5), DATA), 1e-15);
  }

  @Test
  void mseSpansManyBlocks() {
    int n = 3 * Metrics.BLOCK + 17;
    Mat x = new Mat(n, 1);
    Mat y = new Mat(n, 1);
    for (int i = 0; i < n; i++) y.data[i] = i % 2 == 0 ? 1 : -1;
    assertEquals(1.0, Metrics.mse(constant(0), new DataSet(x, y)), 1e-15);
  }

  @Test
  void refusals() {
    Mat x = new Mat(3, 1);
    Mat y = new Mat(3, 1);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Metrics.r2(constant(0), new DataSet(x, y)));
    assertTrue(e.getMessage().contains("no variance"), e.getMessage());
    DataSet twoDim = new DataSet(new Mat(3, 2), y);
    e = assertThrows(InvalidRequestException.class, () -> Metrics.mse(constant(0), twoDim));
    assertTrue(e.getMessage().contains("dimension 1"), e.getMessage());
  }

  @Test
  void learningCurveOfAnExactQuadraticReachesZeroOnceTheDesignIsDetermined() {
    DataSet train = TestData.label(TestData.gaussian(200, 3, 11), v -> v[0] * v[1] - v[2] * v[2] + 2);
    DataSet test = TestData.label(TestData.gaussian(100, 3, 12), v -> v[0] * v[1] - v[2] * v[2] + 2);
    Table t = LearningCurve.of(new PolyReg(2), train, test, 5, 50, 200);
    assertEquals(java.util.List.of("n", "mse", "r2"), t.columns());
    double[] mse = t.numbers("mse");
    assertTrue(mse[0] > 0.1, "5 points cannot determine 10 coefficients: " + mse[0]);
    assertEquals(0, mse[1], 1e-12);
    assertEquals(1, t.numbers("r2")[2], 1e-12);
  }
}
