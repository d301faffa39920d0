package org.nnl.lang.eval.builtin;

import org.nnl.core.Table;
import org.nnl.core.act.Activation;
import org.nnl.core.hermite.Hermite;

/** Adapter until core.hermite's Bounds and Hermite.table land on main: the same formulas over Hermite's API. */
final class PendingHermite {
  private PendingHermite() {}

  static Table table(Activation a, int n) {
    double[] c = Hermite.coefficients(a, n);
    Table t = new Table("i", "coeff", "eps");
    for (int i = 0; i <= n; i++) t.addRow((long) i, c[i], Hermite.eps(a, i));
    return t;
  }

  static double mean(Activation a) {
    return Hermite.coeff(a, 0);
  }

  static double lemma215(Activation a, int n) {
    double l = a.lipschitz();
    return l * l / (n + 1);
  }

  static double lemma216(int n) {
    return Math.pow(2, -n);
  }

  static double lemma27(Activation a, int n) {
    return Math.sqrt(2 * Hermite.eps(a, n));
  }
}
