package org.nnl.core.hermite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnl.core.Table;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;

/** σ_n against the mpmath coefficients: values, monomials, dual, normalization, derivative, table. */
class TruncationTest {
  private static final Activation RELU = Activations.builtin("relu");

  /** a_0..a_60 and ε(0..60) of an activation from hermite_coeffs.csv. */
  static double[][] reference(String name) {
    double[][] out = new double[2][61];
    for (String[] r : Reference.rows("hermite_coeffs.csv")) {
      if (!r[0].equals(name)) continue;
      int i = Integer.parseInt(r[1]);
      out[0][i] = Double.parseDouble(r[2]);
      out[1][i] = Double.parseDouble(r[3]);
    }
    return out;
  }

  /** Σ_{i≤n} a_i He_i(x)/√i! with the unnormalized recurrence He_{k+1} = x He_k − k He_{k−1}. */
  static double direct(double[] a, int n, double x) {
    double he0 = 1;
    double he1 = x;
    double fact = 1;
    double s = a[0] + (n >= 1 ? a[1] * x : 0);
    for (int k = 1; k < n; k++) {
      double he2 = x * he1 - k * he0;
      fact *= k + 1;
      s += a[k + 1] * he2 / Math.sqrt(fact);
      he0 = he1;
      he1 = he2;
    }
    return s;
  }

  @Test
  void valuesMatchTheReferenceExpansion() {
    for (String name : List.of("relu", "tanh", "gelu")) {
      double[][] ref = reference(name);
      Activation a = Reference.ACTIVATIONS.get(name);
      for (int n : new int[] {1, 4, 8, 16}) {
        Activation t = Hermite.truncate(a, n);
        assertEquals("truncate(" + name + ", " + n + ")", t.toString());
        double scale = Math.sqrt(1 - ref[1][n]);
        for (double x = -6; x <= 6; x += 0.75) {
          double want = direct(ref[0], n, x) / scale;
          assertEquals(want, t.apply(x), 1e-11 * Math.max(1, Math.abs(want)), t + " at " + x);
        }
      }
    }
  }

  @Test
  void monomialsDescribeTheSamePolynomial() {
    double[][] ref = reference("relu");
    double s = Math.sqrt(1 - ref[1][2]);
    double[] m = Hermite.monomials(RELU, 2); // (a_0 + a_1 x + a_2 (x² − 1)/√2)/√(1−ε)
    assertEquals((ref[0][0] - ref[0][2] / Math.sqrt(2)) / s, m[0], 1e-14);
    assertEquals(ref[0][1] / s, m[1], 1e-14);
    assertEquals(ref[0][2] / Math.sqrt(2) / s, m[2], 1e-14);
    double[] m8 = Hermite.monomials(RELU, 8);
    Activation t8 = Hermite.truncate(RELU, 8);
    for (double x = -3; x <= 3; x += 0.5) {
      double p = 0;
      for (int k = 8; k >= 0; k--) p = p * x + m8[k];
      assertEquals(t8.apply(x), p, 1e-12);
    }
  }

  @Test
  void truncatedDualAndNormalization() {
    double[][] ref = reference("relu");
    for (int n : new int[] {2, 8, 30}) {
      for (double rho : new double[] {-1, -0.4, 0.5, 1}) {
        double want = 0;
        for (int i = n; i >= 0; i--) want = want * rho + ref[0][i] * ref[0][i];
        assertEquals(want / (1 - ref[1][n]), Hermite.truncatedDual(RELU, n, rho), 1e-13);
      }
      // E σ_n(X)² = 1 by an independent midpoint rule
      Activation t = Hermite.truncate(RELU, n);
      double ms = 0;
      double h = 1e-3;
      for (double x = -20 + h / 2; x < 20; x += h) ms += t.apply(x) * t.apply(x) * Math.exp(-x * x / 2) * h;
      assertEquals(1, ms / Math.sqrt(2 * Math.PI), 1e-9);
    }
  }

  @Test
  void derivativeLipschitzAndTable() {
    Activation t = Hermite.truncate(Activations.builtin("tanh"), 7);
    for (double x = -3; x <= 3; x += 0.37) {
      double fd = (t.apply(x + 1e-5) - t.apply(x - 1e-5)) / 2e-5;
      assertEquals(fd, t.derivative(x), 1e-7);
    }
    assertEquals(Double.POSITIVE_INFINITY, t.lipschitz());
    assertEquals(1, Hermite.truncate(Activations.builtin("identity"), 1).lipschitz(), 1e-14);
    Table tab = Hermite.table(RELU, 5);
    assertEquals(List.of("i", "coeff", "eps"), tab.columns());
    assertEquals(6, tab.rowCount());
    double[][] ref = reference("relu");
    assertEquals(ref[1][3], tab.numbers("eps")[3], 1e-6 * ref[1][3]);
    assertEquals(1 / Math.sqrt(Math.PI), Hermite.mean(RELU), 1e-15);
    assertTrue(Hermite.eps(t, 3) > 0);
    assertEquals(0, Hermite.eps(t, 7));
  }
}
