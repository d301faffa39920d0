package org.nnl.core.measure;

import static org.junit.jupiter.api.Assertions.*;
import static org.nnl.core.Pools.inPool;

import org.junit.jupiter.api.Test;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.Sphere;
import org.nnl.core.net.Dense;
import org.nnl.core.net.TestActivations;

class MomentsTest {
  /**
   * For normalized relu, E[σ(sZ)²] = s², so E_{W,x} ‖Ψ^j‖² = ‖x‖² = 1 exactly in every layer
   * (and for the linear output). Each network contributes its own mean; the standard error is
   * taken over the independent networks.
   */
  @Test
  void xavierReluMomentsAreOneInEveryLayer() {
    checkUnitMoments(new Dense(TestActivations.RELU, 16, 256, 256, 4), 40);
  }

  /**
   * For other normalized activations E σ(sZ)² = 1 only at s = 1; ‖Ψ^{j−1}‖² deviates from 1 by
   * O(1/√width), which moves the mean by O(1/width), well inside the standard error at width 512.
   */
  @Test
  void xavierMomentsAreOneForSmoothActivations() {
    for (String name : new String[] {"tanh", "erf", "gelu"}) {
      checkUnitMoments(new Dense(Activations.builtin(name), 16, 512, 512, 1), 30);
    }
  }

  private static void checkUnitMoments(Dense a, int k) {
    int layers = a.depth() + 1;
    double[][] perNet = new double[layers][k];
    for (int t = 0; t < k; t++) {
      Table m = Moments.moments(a.draw(100 + t), new Sphere(16), 50, t);
      assertEquals(layers, m.rowCount());
      double[] means = m.numbers("moment");
      for (int j = 0; j < layers; j++) perNet[j][t] = means[j];
    }
    assertEquals(1.0, Estimate.of(perNet[0]).mean(), 1e-12, "inputs on √d·S^{d−1}");
    for (int j = 1; j < layers; j++) {
      Estimate e = Estimate.of(perNet[j]);
      System.out.printf("moments %s layer %d: %s (%.2f SE from 1)%n", a, j, e, (e.mean() - 1) / e.stderr());
      assertTrue(Math.abs(e.mean() - 1) < 3 * e.stderr(), "layer " + j + ": " + e);
    }
  }

  @Test
  void tableHasOneEstimatePerLayer() {
    Table t = Moments.moments(new Dense(TestActivations.RELU, 8, 32, 1).draw(1), new Sphere(8), 100, 2);
    assertEquals(java.util.List.of("layer", "width", "moment"), t.columns());
    assertEquals(32L, t.row(1).get(1));
    assertEquals(100, ((Estimate) t.row(1).get(2)).count());
  }

  @Test
  void identicalForAnyThreadCount() throws Exception {
    Dense a = new Dense(TestActivations.RELU, 8, 64, 64, 1);
    Table many = Moments.moments(a.draw(3), new Sphere(8), 5000, 4);
    Table one = inPool(1, () -> Moments.moments(a.draw(3), new Sphere(8), 5000, 4));
    assertEquals(many.rows(), one.rows());
  }

  @Test
  void refusesAMismatchedDistributionNamingBothSizes() {
    var e = assertThrows(InvalidRequestException.class,
        () -> Moments.moments(new Dense(TestActivations.RELU, 32, 8, 1).draw(1), new Sphere(16), 10, 1));
    assertTrue(e.getMessage().contains("dimension 32") && e.getMessage().contains("dimension 16"), e.getMessage());
  }
}
