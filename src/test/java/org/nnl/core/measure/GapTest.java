package org.nnl.core.measure;

import static org.junit.jupiter.api.Assertions.*;
import static org.nnl.core.Pools.inPool;

import org.junit.jupiter.api.Test;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.dist.Gaussian;
import org.nnl.core.dist.Sphere;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Dense;
import org.nnl.core.net.TestActivations;
import org.nnl.core.predict.Predictor;

class GapTest {
  /** x ↦ c·x_1 on R^d, a one-output function. */
  static Predictor scaledFirst(int d, double c) {
    return new Predictor() {
      public int inputDim() { return d; }
      public int outputDim() { return 1; }
      public Mat predict(Mat x) {
        Mat y = new Mat(x.rows, 1);
        for (int i = 0; i < x.rows; i++) y.data[i] = c * x.get(i, 0);
        return y;
      }
      public String toString() { return "f"; }
    };
  }

  @Test
  void gapOfTwoLinearFunctionsMatchesTheClosedForm() {
    // |x_1 − 3x_1| = 2|x_1|, x_1 ~ N(0,1): E = 2√(2/π), sd = 2√(1 − 2/π).
    Estimate e = Gap.gap(scaledFirst(3, 1), scaledFirst(3, 3), new Gaussian(3), 20000, 5);
    assertEquals(2 * Math.sqrt(2 / Math.PI), e.mean(), 3 * e.stderr());
    assertEquals(2 * Math.sqrt(1 - 2 / Math.PI) / Math.sqrt(20000), e.stderr(), 0.05 * e.stderr());
  }

  @Test
  void depthOneGapIsExactlyZero() {
    GapEstimate g = ShadowGap.gap(new Dense(TestActivations.RELU, 8, 3), new Sphere(8), 2, 5, 40, 1);
    assertEquals(0.0, g.mean());
    assertEquals(0.0, g.max());
    assertFalse(g.heavyTailed());
  }

  @Test
  void gapIsIdenticalForAnyThreadCount() throws Exception {
    Dense a = new Dense(TestActivations.RELU, 8, 64, 64, 1);
    GapEstimate many = ShadowGap.gap(a, new Sphere(8), 3, 6, 100, 9);
    GapEstimate one = inPool(1, () -> ShadowGap.gap(a, new Sphere(8), 3, 6, 100, 9));
    assertEquals(many, one);
    assertEquals(6, many.count());
    assertEquals(600, many.points());
  }

  @Test
  void refusesMismatchedSizesBeforeWork() {
    var e = assertThrows(InvalidRequestException.class,
        () -> ShadowGap.gap(new Dense(TestActivations.RELU, 32, 8, 1), new Sphere(16), 2, 5, 10, 1));
    assertTrue(e.getMessage().contains("dimension 32") && e.getMessage().contains("dimension 16"), e.getMessage());
    assertThrows(InvalidRequestException.class,
        () -> Gap.gap(scaledFirst(3, 1), scaledFirst(4, 1), new Gaussian(3), 10, 1));
    assertThrows(InvalidRequestException.class,
        () -> ShadowGap.gap(new Dense(TestActivations.RELU, 8, 8, 1), new Sphere(8), 2, 0, 10, 1));
    e = assertThrows(InvalidRequestException.class,
        () -> ShadowGap.gap(new Dense(TestActivations.RELU, 8, 8, 1), new Sphere(8), 2, 100000, 100000, 1));
    assertTrue(e.getMessage().contains("fewer networks or samples"), e.getMessage());
  }

  @Test
  void heavyTailsAreFlaggedWhenAFewSamplesDominate() {
    double[] pts = new double[1000];
    java.util.Arrays.fill(pts, 0.01);
    pts[3] = 500;
    GapEstimate g = GapEstimate.of(new double[] {0.5, 0.51}, pts, 1.0);
    assertTrue(g.heavyTailed());
    assertTrue(g.warning().contains("heavy-tailed"), g.warning());
    assertEquals(0.01, g.median());
    assertEquals(500, g.max());
    double[] flat = new double[1000];
    for (int i = 0; i < flat.length; i++) flat[i] = 1 + i % 7;
    assertFalse(GapEstimate.of(new double[] {4, 4}, flat, 1.0).heavyTailed());
  }
}
