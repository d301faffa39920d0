package org.nnl.core.hermite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;

/**
 * The accuracy targets, against mpmath (34 digits): a_i abs ≤ 1e-12 (i ≤ 60), ε_σ(n) relative
 * ≤ 1e-6 wherever ε ≥ 1e-13, σ̂(ρ) abs ≤ 1e-12 on [−1, 1], norms, and relu to degree 500.
 * Prints the largest errors seen per activation.
 */
class ReferenceAccuracyTest {

  @Test
  void coefficientsAndTails() {
    Map<String, double[]> worst = new TreeMap<>();
    for (String[] r : Reference.rows("hermite_coeffs.csv")) {
      Activation a = activation(r[0]);
      int i = Integer.parseInt(r[1]);
      double coeff = Double.parseDouble(r[2]);
      double eps = Double.parseDouble(r[3]);
      double ca = Math.abs(Hermite.coeff(a, i) - coeff);
      assertTrue(ca <= 1e-12, r[0] + " a_" + i + " error " + ca);
      double[] w = worst.computeIfAbsent(r[0], k -> new double[2]);
      w[0] = Math.max(w[0], ca);
      if (eps >= 1e-13) {
        double re = Math.abs(Hermite.eps(a, i) - eps) / eps;
        assertTrue(re <= 1e-6, r[0] + " eps(" + i + ") relative error " + re);
        w[1] = Math.max(w[1], re);
      }
    }
    worst.forEach((k, w) -> System.out.printf("%-9s max |a_i error| %.2e   max eps relative error %.2e%n", k, w[0], w[1]));
  }

  @Test
  void duals() {
    Map<String, Double> worst = new TreeMap<>();
    for (String[] r : Reference.rows("hermite_duals.csv")) {
      Activation a = activation(r[0]);
      double rho = Double.parseDouble(r[1]);
      double err = Math.abs(Hermite.dual(a, rho) - Double.parseDouble(r[2]));
      assertTrue(err <= 1e-12, r[0] + " dual(" + rho + ") error " + err);
      worst.merge(r[0], err, Math::max);
    }
    worst.forEach((k, e) -> System.out.printf("%-9s max |dual error| %.2e%n", k, e));
  }

  @Test
  void norms() {
    for (String[] r : Reference.rows("hermite_norms.csv")) {
      Activation a = activation(r[0]);
      double want = Double.parseDouble(r[1]);
      assertEquals(want, a.norm(), 1e-14 * want, r[0]);
    }
  }

  @Test
  void reluToDegree500() {
    double[] a = Hermite.coefficients(Activations.builtin("relu"), 500);
    double worst = 0;
    for (String[] r : Reference.rows("hermite_relu500.csv")) {
      int i = Integer.parseInt(r[0]);
      worst = Math.max(worst, Math.abs(a[i] - Double.parseDouble(r[1])));
    }
    System.out.printf("relu      max |a_i error| for i <= 500: %.2e%n", worst);
    assertTrue(worst <= 1e-12, "relu degree 500 error " + worst);
  }

  /** The user-defined kinked functions of the reference, with their kinks declared and not. */
  static Activation activation(String name) {
    Activation a = Reference.ACTIVATIONS.get(name);
    if (a != null) return a;
    return UserKinkedTest.user(name, true);
  }
}
