package org.nnl.core.net;

import static org.junit.jupiter.api.Assertions.*;
import static org.nnl.core.Pools.inPool;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.dist.Sphere;
import org.nnl.core.linalg.Mat;

class DenseTest {
  static final Dense A = new Dense(TestActivations.RELU, 8, 70, 5, 2);

  @Test
  void printsLikeTheLanguage() {
    assertEquals("dense(8 -> 70 -> 5 -> 2, act: relu)", A.toString());
    assertEquals("dense(3 -> 1, act: relu, weights: normal(0.5))",
        new Dense(new int[] {3, 1}, TestActivations.RELU, WeightLaw.normal(0.5)).toString());
    assertEquals("uniform(2)", WeightLaw.uniform(2).toString());
    assertEquals("sumrelu(6, hidden: 4)", new SumRelu(6, 4, null).toString());
    assertEquals("conv(6, patch: 3, weights: bernoulli(1), pool: \"max\")",
        new Conv(6, 3, WeightLaw.bernoulli(1), "max").toString());
    assertEquals(3, A.depth());
  }

  @Test
  void refusesBadWidths() {
    var e = assertThrows(InvalidRequestException.class, () -> new Dense(TestActivations.RELU, 4, 0, 1));
    assertTrue(e.getMessage().contains("d_1 is 0"), e.getMessage());
    assertThrows(InvalidRequestException.class, () -> new Dense(TestActivations.RELU, 4));
    assertThrows(InvalidRequestException.class, () -> new Dense(TestActivations.RELU, 4, -3, 1));
    assertThrows(InvalidRequestException.class, () -> new Dense(TestActivations.RELU, 1 << 20, 1 << 20, 1));
  }

  @Test
  void refusesMismatchedInputsNamingBothSizes() {
    Mat x = new Sphere(16).sample(4, 1);
    var e = assertThrows(InvalidRequestException.class, () -> A.draw(1).predict(x));
    assertTrue(e.getMessage().contains("dimension 8") && e.getMessage().contains("dimension 16"), e.getMessage());
  }

  @Test
  void predictMatchesTheDefinitionPointByPoint() {
    DenseNetwork net = A.draw(3);
    Mat x = new Sphere(8).sample(5, 2);
    Mat y = net.predict(x);
    double s = Math.sqrt(2);
    for (int p = 0; p < x.rows; p++) {
      double[] psi = x.row(p);
      for (int j = 0; j < 3; j++) {
        Mat w = net.weights().get(j);
        double[] phi = new double[w.rows];
        for (int r = 0; r < w.rows; r++) {
          for (int c = 0; c < w.cols; c++) phi[r] += w.get(r, c) * psi[c];
          if (j < 2) phi[r] = s * Math.max(0, phi[r]);
        }
        psi = phi;
      }
      for (int k = 0; k < 2; k++) assertEquals(psi[k], y.get(p, k), 1e-12);
    }
    List<Mat> layers = net.layers(x);
    assertEquals(4, layers.size());
    assertArrayEquals(y.data, layers.get(3).data);
  }

  @Test
  void drawIsIdenticalForAnyThreadCount() throws Exception {
    Dense wide = new Dense(TestActivations.RELU, 20, 300, 1);
    DenseNetwork a = wide.draw(42);
    DenseNetwork b = inPool(1, () -> wide.draw(42));
    for (int j = 0; j < 2; j++) assertArrayEquals(a.weights().get(j).data, b.weights().get(j).data);
    assertNotEquals(a.weights().get(0).get(0, 0), wide.draw(43).weights().get(0).get(0, 0));
    Mat x = new Sphere(20).sample(3000, 5);
    Mat ya = a.predict(x);
    Mat yb = inPool(1, () -> b.predict(x));
    assertArrayEquals(ya.data, yb.data);
  }

  @Test
  void weightLawsHaveTheirSupportAndScale() {
    int n = 400;
    Mat xav = new Dense(new int[] {n, 300}, TestActivations.RELU, WeightLaw.xavier()).draw(1).weights().get(0);
    double ss = 0;
    for (double v : xav.data) ss += v * v;
    double mean = ss / xav.data.length;
    // E w² = 1/n; Var w² = 2/n², so the sample mean of w² has stderr √(2/N)/n.
    assertEquals(1.0 / n, mean, 3 * Math.sqrt(2.0 / xav.data.length) / n);
    for (double v : drawOne(WeightLaw.bernoulli(0.3), n).data) assertEquals(0.3, Math.abs(v));
    for (double v : drawOne(WeightLaw.uniform(0.3), n).data) assertTrue(Math.abs(v) <= 0.3);
    Mat sph = drawOne(WeightLaw.spherecols(2), n);
    for (int r = 0; r < sph.rows; r++) {
      double s2 = 0;
      for (int c = 0; c < n; c++) s2 += sph.get(r, c) * sph.get(r, c);
      assertEquals(4.0, s2, 1e-12);
    }
  }

  private static Mat drawOne(WeightLaw law, int n) {
    return new Dense(new int[] {n, 50}, TestActivations.RELU, law).draw(9).weights().get(0);
  }

  @Test
  void networksFromGivenWeightsCheckShapes() {
    DenseNetwork net = A.draw(1);
    DenseNetwork copy = new DenseNetwork(A, net.weights());
    Mat x = new Sphere(8).sample(10, 1);
    assertArrayEquals(net.predict(x).data, copy.predict(x).data);
    var e = assertThrows(InvalidRequestException.class,
        () -> new DenseNetwork(A, List.of(new Mat(70, 8), new Mat(5, 70), new Mat(2, 4))));
    assertTrue(e.getMessage().contains("W^3"), e.getMessage());
  }
}
