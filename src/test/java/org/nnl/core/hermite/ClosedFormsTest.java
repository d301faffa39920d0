package org.nnl.core.hermite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;

/** Closed forms from the literature: relu's coefficients and arc-cosine dual, erf's arcsine dual, identity. */
class ClosedFormsTest {
  private static final Activation RELU = Activations.builtin("relu");

  @Test
  void reluCoefficientsMatchTheClosedForm() {
    // a_0 = 1/√π, a_1 = 1/√2, a_{2k} = √2 φ(0) (−1)^{k+1} (2k−3)!!/√((2k)!), odd a_i = 0 for i ≥ 3
    double[] a = Hermite.coefficients(RELU, 41);
    assertEquals(1 / Math.sqrt(Math.PI), a[0], 1e-14);
    assertEquals(Math.sqrt(0.5), a[1], 1e-14);
    double ratio = 1; // (2k−3)!!/√((2k)!) built up multiplicatively
    for (int k = 1; k <= 20; k++) {
      ratio *= (k == 1 ? 1 : (2 * k - 3)) / Math.sqrt((2.0 * k) * (2 * k - 1));
      double expected = Math.sqrt(2) / Math.sqrt(2 * Math.PI) * (k % 2 == 1 ? 1 : -1) * ratio;
      assertEquals(expected, a[2 * k], 1e-14, "a_" + 2 * k);
      assertEquals(0, a[2 * k + 1], 1e-14, "a_" + (2 * k + 1));
    }
  }

  @Test
  void reluDualIsTheArcCosineKernel() {
    for (double r = -1; r <= 1.0001; r += 0.125) {
      double rho = Math.min(1, r);
      double expected = (Math.sqrt(1 - rho * rho) + (Math.PI - Math.acos(rho)) * rho) / Math.PI;
      assertEquals(expected, Hermite.dual(RELU, rho), 1e-14);
    }
  }

  @Test
  void erfDualIsTheArcsineKernel() {
    Activation erf = Activations.builtin("erf");
    for (double rho : new double[] {-1, -0.5, 0, 0.3, 1}) {
      assertEquals(Math.asin(rho / 2) / Math.asin(0.5), Hermite.dual(erf, rho), 1e-14);
    }
  }

  @Test
  void identityHasOnlyTheLinearCoefficient() {
    double[] a = Hermite.coefficients(Activations.builtin("identity"), 10);
    assertEquals(1, a[1], 1e-14);
    for (int i = 0; i <= 10; i++) if (i != 1) assertEquals(0, a[i], 1e-14);
  }
}
