package org.nnl.core.hermite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;

/** The papers' bounds: their formulas, and that the reference tails obey them. */
class BoundsTest {

  @Test
  void lemma215HoldsForEveryBuiltin() {
    for (String name : Activations.names()) {
      Activation a = Activations.builtin(name);
      for (int n = 0; n <= 60; n += 3) {
        assertTrue(Hermite.eps(a, n) <= Bounds.lemma215(a, n), name + " n=" + n);
      }
    }
    assertEquals(2.0 / 4, Bounds.lemma215(Activations.builtin("relu"), 3), 1e-15); // L = √2
  }

  @Test
  void lemma216ForErf() {
    double[] eps = TruncationTest.reference("erf")[1];
    for (int n = 0; n <= 60; n++) assertTrue(eps[n] <= Bounds.lemma216(n), "n=" + n);
    assertEquals(1.0 / 1024, Bounds.lemma216(10), 0);
  }

  /** Lemma 2.7: E(σ − σ_n)² ≤ 2ε_σ(n), with the left side integrated directly. */
  @Test
  void lemma27() {
    Activation relu = Activations.builtin("relu");
    for (int n : new int[] {1, 2, 5, 10}) {
      Activation t = Hermite.truncate(relu, n);
      double s = 0;
      double h = 1e-3;
      for (double x = -15 + h / 2; x < 15; x += h) {
        double d = relu.apply(x) - t.apply(x);
        s += d * d * Math.exp(-x * x / 2) * h / Math.sqrt(2 * Math.PI);
      }
      double eps = TruncationTest.reference("relu")[1][n];
      assertTrue(Math.sqrt(s) <= Bounds.lemma27(relu, n), "n=" + n);
      assertEquals(Math.sqrt(2 * eps), Bounds.lemma27(relu, n), 1e-6 * Math.sqrt(eps));
    }
  }

  @Test
  void theorem23Formula() {
    Activation relu = Activations.builtin("relu");
    double eps = TruncationTest.reference("relu")[1][4];
    double l = Math.sqrt(2);
    assertEquals(13 * (l + 1) * (l + 1) * eps, Bounds.theorem23(relu, 1, 4), 1e-6 * eps);
    assertEquals(13 * (l + 1) * (l + 1) * Math.pow(eps, 0.25), Bounds.theorem23(relu, 3, 4), 1e-6);
  }
}
