package org.nnl.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.act.Activations;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;
import org.nnl.core.net.WeightLaw;

class ConjugateKernelTest {
  static final Dense RELU3 = new Dense(Activations.builtin("relu"), 6, 1024, 1024, 1);

  /** The arc-cosine kernel of the normalized relu √2·max(0, x): (√(1 − ρ²) + (π − arccos ρ)ρ)/π. */
  static double arccos(double rho) {
    return (Math.sqrt(1 - rho * rho) + (Math.PI - Math.acos(rho)) * rho) / Math.PI;
  }

  static final Mat POINTS = TestData.sphere(4, 6, 31);

  @Test
  void reluConjugateKernelIsTheArcCosineComposition() {
    Mat k = new ConjugateKernel(RELU3, null).gram(POINTS, POINTS);
    for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) {
      double rho = dot(POINTS, i, POINTS, j) / 6;
      assertEquals(arccos(arccos(rho)), k.get(i, j), 1e-12);
    }
  }

  @Test
  void offTheSphereReluScalesWithTheNorms() {
    Mat x = TestData.gaussian(3, 6, 32);
    Mat k = new ConjugateKernel(RELU3, null).gram(x, x);
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) {
      double qi = dot(x, i, x, i) / 6, qj = dot(x, j, x, j) / 6;
      double s = Math.sqrt(qi * qj);
      assertEquals(s * arccos(arccos(dot(x, i, x, j) / 6 / s)), k.get(i, j), 1e-12);
    }
  }

  @Test
  void truncatedDualIsTheHermitePolynomialOfDegreeN() {
    // Normalized relu: a_0 = 1/√π, a_1 = 1/√2, a_n = √2·He_{n−2}(0)/(√(2π)·√n!) for n ≥ 2.
    double[] a2 = {1 / Math.PI, 0.5, 1 / (2 * Math.PI), 0, 1 / (24 * Math.PI)};
    double kept = 0;
    for (double v : a2) kept += v;
    Mat k = new ConjugateKernel(RELU3, 4).gram(POINTS, POINTS);
    for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) {
      double rho = dot(POINTS, i, POINTS, j) / 6;
      for (int layer = 0; layer < 2; layer++) {
        double s = 0;
        for (int n = 4; n >= 0; n--) s = s * rho + a2[n];
        rho = s / kept;
      }
      assertEquals(rho, k.get(i, j), 1e-12);
    }
    assertEquals("conjugate(dense(6 -> 1024 -> 1024 -> 1, act: relu), degree: 4)", new ConjugateKernel(RELU3, 4).toString());
  }

  /**
   * Per network, the empirical kernel (1/m)⟨Ψ²(x), Ψ²(z)⟩ of the last hidden layer; over 16
   * networks its mean must match the conjugate kernel within 4 standard errors (finite-width
   * bias O(1/m) is far below). The depth-2 kernel arccos(ρ) must be far outside, so the test
   * can tell one composition from two.
   */
  @Test
  void equalsTheEmpiricalKernelOfWideRandomNetworks() {
    Mat x = new Mat(3, 6);
    System.arraycopy(POINTS.data, 0, x.data, 0, 12);
    System.arraycopy(TestData.gaussian(1, 6, 33).data, 0, x.data, 12, 6);
    int nets = 16;
    double[][][] samples = new double[3][3][nets];
    for (int s = 0; s < nets; s++) {
      DenseNetwork net = RELU3.draw(100 + s);
      Mat psi = net.layers(x).get(2);
      for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) samples[i][j][s] = dot(psi, i, psi, j) / psi.cols;
    }
    Mat k = new ConjugateKernel(RELU3, null).gram(x, x);
    boolean separates = false;
    for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) {
      Estimate e = Estimate.of(samples[i][j]);
      assertTrue(Math.abs(e.mean() - k.get(i, j)) <= 4 * e.stderr() + 1e-3,
          "pair " + i + "," + j + ": empirical " + e + " vs conjugate " + k.get(i, j));
      double rho = dot(x, i, x, j) / 6;
      double q = Math.sqrt(dot(x, i, x, i) * dot(x, j, x, j)) / 6;
      if (Math.abs(e.mean() - q * arccos(rho / q)) > 10 * e.stderr()) separates = true;
    }
    assertTrue(separates, "the test must tell depth 2 from depth 3");
  }

  @Test
  void refusesOtherWeightLawsAndDimensions() {
    Dense normal = new Dense(new int[] {6, 8, 1}, Activations.builtin("relu"), WeightLaw.normal(1));
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new ConjugateKernel(normal, null));
    assertTrue(e.getMessage().contains("Xavier"), e.getMessage());
    e = assertThrows(InvalidRequestException.class, () -> new ConjugateKernel(RELU3, null).gram(new Mat(2, 5), new Mat(2, 5)));
    assertTrue(e.getMessage().contains("dimension 6"), e.getMessage());
  }

  static double dot(Mat a, int i, Mat b, int j) {
    double s = 0;
    for (int c = 0; c < a.cols; c++) s += a.get(i, c) * b.get(j, c);
    return s;
  }
}
