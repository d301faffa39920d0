package org.nnl.lang.eval;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;

/**
 * The zeros of kink functions on [−{@value #RANGE}, {@value #RANGE}] (beyond it the Gaussian
 * weight is below e^{−1250}): sign changes on a grid of step {@value #STEP}, refined by bisection
 * to machine precision; exact grid zeros count at the ends of zero runs only (max(x, x) has none
 * inside). Numeric because kink functions are arbitrary compositions.
 */
final class Kinks {
  static final double RANGE = 50;
  static final double STEP = 1.0 / 256;
  static final int MAX_KINKS = 1000;

  private Kinks() {}

  static double[] find(List<DoubleUnaryOperator> functions) {
    TreeSet<Double> out = new TreeSet<>();
    int n = (int) Math.round(2 * RANGE / STEP);
    for (DoubleUnaryOperator g : functions) {
      double[] v = new double[n + 1];
      for (int i = 0; i <= n; i++) v[i] = g.applyAsDouble(x(i));
      for (int i = 0; i <= n && out.size() < MAX_KINKS; i++) {
        if (v[i] == 0) {
          boolean run = (i == 0 || v[i - 1] == 0) && (i == n || v[i + 1] == 0);
          if (!run) out.add(x(i) == 0 ? 0.0 : x(i));
        } else if (i < n && v[i + 1] != 0 && !Double.isNaN(v[i]) && !Double.isNaN(v[i + 1])
            && Math.signum(v[i]) != Math.signum(v[i + 1])) {
          out.add(bisect(g, x(i), x(i + 1), v[i]));
        }
      }
    }
    return dedupe(out);
  }

  private static double x(int i) {
    return -RANGE + i * STEP;
  }

  private static double bisect(DoubleUnaryOperator g, double a, double b, double ga) {
    for (int it = 0; it < 200; it++) {
      double m = 0.5 * (a + b);
      if (m <= a || m >= b) break;
      double gm = g.applyAsDouble(m);
      if (gm == 0) return m;
      if (Math.signum(gm) == Math.signum(ga)) {
        a = m;
        ga = gm;
      } else {
        b = m;
      }
    }
    return 0.5 * (a + b);
  }

  private static double[] dedupe(TreeSet<Double> xs) {
    double[] out = new double[xs.size()];
    int k = 0;
    for (double x : xs) {
      if (k > 0 && Math.abs(x - out[k - 1]) <= 1e-12 * Math.max(1, Math.abs(x))) continue;
      out[k++] = x;
    }
    return Arrays.copyOf(out, k);
  }
}
