package org.nnl.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;

class KernelRegTest {
  static double target(double[] x) {
    return Math.tanh(x[0] - 0.5 * x[1]) + Math.sin(x[2] * x[4]) + 0.3 * Math.abs(x[1]);
  }

  @Test
  void polyKernelAgreesWithPolyregOnGaussianInputs() {
    agree(TestData.gaussian(300, 5, 21), TestData.gaussian(100, 5, 22), 2);
    agree(TestData.gaussian(300, 5, 23), TestData.gaussian(100, 5, 24), 3);
  }

  @Test
  void polyKernelAgreesWithPolyregOnTheSphere() {
    agree(TestData.sphere(300, 5, 25), TestData.sphere(100, 5, 26), 3);
  }

  private static void agree(Mat train, Mat test, int k) {
    DataSet data = TestData.label(train, KernelRegTest::target);
    Mat a = new KernelReg(new PolyKernel(k), null).fit(data).predict(test);
    Mat b = new PolyReg(k).fit(data).predict(test);
    double scale = 0;
    for (double v : b.data) scale = Math.max(scale, Math.abs(v));
    assertTrue(scale > 0.5, "a non-trivial fit");
    for (int i = 0; i < a.rows; i++) assertEquals(b.data[i], a.data[i], 1e-6, "test point " + i);
  }

  @Test
  void kernelsPrintLikeTheLanguage() {
    assertEquals("poly(degree: 3)", new PolyKernel(3).toString());
    assertEquals("kernelreg(kernel: poly(degree: 2), ridge: 0.001)", new KernelReg(new PolyKernel(2), 1e-3).toString());
  }

  @Test
  void polyKernelValueByHand() {
    // x = (1, 2), z = (3, −1): ⟨x, z⟩/d = 1/2, (1 + 1/2)^3 = 3.375.
    Mat g = new PolyKernel(3).gram(Mat.of(new double[][] {{1, 2}}), Mat.of(new double[][] {{3, -1}}));
    assertEquals(3.375, g.data[0], 1e-15);
  }

  @Test
  void ridgeZeroWithMorePointsThanFeaturesIsSingular() {
    DataSet data = TestData.label(TestData.gaussian(80, 3, 27), KernelRegTest::pad);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new KernelReg(new PolyKernel(2), 0.0).fit(data));
    assertTrue(e.getMessage().contains("singular"), e.getMessage());
    assertTrue(e.getMessage().contains("ridge: 1e-8"), e.getMessage());
  }

  private static double pad(double[] x) {
    return Math.sin(x[0]) + x[1] * x[2];
  }

  @Test
  void aGramMatrixLargerThanMemoryIsRefusedBeforeAllocating() {
    DataSet big = new DataSet(new Mat(200_000, 2), new Mat(200_000, 1));
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new KernelReg(new PolyKernel(2), null).fit(big));
    assertTrue(e.getMessage().contains("200000x200000"), e.getMessage());
    assertTrue(e.getMessage().contains("GiB"), e.getMessage());
    assertTrue(e.getMessage().contains("fewer samples"), e.getMessage());
  }
}
