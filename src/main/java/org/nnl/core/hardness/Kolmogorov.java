package org.nnl.core.hardness;

/**
 * The one-sample Kolmogorov–Smirnov test of uniformity: D_n = sup_u |F_n(u) − u| and its
 * p-value P(D_n ≥ d). The p-value is exact (Marsaglia, Tsang and Wang 2003, "Evaluating
 * Kolmogorov's distribution": P(D_n < d) = n!/nⁿ · (Hⁿ)_{kk} with k = ⌈n·d⌉ and the
 * (2k−1)×(2k−1) matrix H of their eq. (2)) while n·d ≤ {@link #EXACT_LIMIT}, and otherwise the
 * limit law with Stephens' correction Q_KS((√n + 0.12 + 0.11/√n)·d),
 * Q_KS(λ) = 2 Σ_{j≥1} (−1)^{j−1} e^{−2j²λ²} (within 1% of the exact value for p ≥ 1e-3 there, 5% below: checked against scipy).
 */
final class Kolmogorov {
  /** The exact matrix method is used while n·d ≤ this (a matrix of order ≤ 2·EXACT_LIMIT + 1). */
  static final double EXACT_LIMIT = 100;

  private Kolmogorov() {}

  /** D_n of values in [0, 1] (sorted in place). */
  static double statistic(double[] u) {
    java.util.Arrays.sort(u);
    int n = u.length;
    double d = 0;
    for (int i = 0; i < n; i++) d = Math.max(d, Math.max((i + 1.0) / n - u[i], u[i] - (double) i / n));
    return d;
  }

  /** P(D_n ≥ d) under uniformity. */
  static double pValue(int n, double d) {
    if (d <= 0) return 1;
    if (d >= 1) return 0;
    if (n * d <= EXACT_LIMIT) return Math.min(1, Math.max(0, 1 - cdfExact(n, d)));
    double sn = Math.sqrt(n);
    return limitSurvival((sn + 0.12 + 0.11 / sn) * d);
  }

  /** Q_KS(λ) = 2 Σ_{j≥1} (−1)^{j−1} e^{−2j²λ²}; below λ = 0.3 as 1 − K(λ) by the dual series. */
  static double limitSurvival(double lambda) {
    if (lambda < 0.3) return 1 - cdfSmallLambda(lambda);
    double sum = 0;
    for (int j = 1; j <= 100; j++) {
      double term = Math.exp(-2.0 * j * j * lambda * lambda);
      sum += (j % 2 == 1 ? 2 : -2) * term;
      if (term < 1e-18) break;
    }
    return Math.min(1, Math.max(0, sum));
  }

  /** K(λ) = √(2π)/λ Σ_{j≥1} e^{−(2j−1)²π²/(8λ²)}, the form that converges fast for small λ. */
  private static double cdfSmallLambda(double lambda) {
    if (lambda <= 0) return 0;
    double sum = 0;
    for (int j = 1; j <= 20; j++) sum += Math.exp(-(2 * j - 1) * (2 * j - 1) * Math.PI * Math.PI / (8 * lambda * lambda));
    return Math.sqrt(2 * Math.PI) / lambda * sum;
  }

  /** P(D_n < d) by Marsaglia–Tsang–Wang: H^n by repeated squaring with a decimal exponent. */
  static double cdfExact(int n, double d) {
    int k = (int) (n * d) + 1;
    int m = 2 * k - 1;
    double h = k - n * d;
    double[] hm = new double[m * m];
    for (int i = 0; i < m; i++) for (int j = 0; j < m; j++) hm[i * m + j] = i - j + 1 < 0 ? 0 : 1;
    for (int i = 0; i < m; i++) {
      hm[i * m] -= Math.pow(h, i + 1);
      hm[(m - 1) * m + i] -= Math.pow(h, m - i);
    }
    hm[(m - 1) * m] += 2 * h - 1 > 0 ? Math.pow(2 * h - 1, m) : 0;
    for (int i = 0; i < m; i++) {
      for (int j = 0; j < m; j++) {
        if (i - j + 1 > 0) for (int g = 1; g <= i - j + 1; g++) hm[i * m + j] /= g;
      }
    }
    int[] exp = new int[1];
    double[] q = power(hm, m, n, exp);
    double s = q[(k - 1) * m + k - 1];
    int e = exp[0];
    for (int i = 1; i <= n; i++) {
      s = s * i / n;
      if (s < 1e-140) {
        s *= 1e140;
        e -= 140;
      }
    }
    return s * Math.pow(10, e);
  }

  /** A^n (m × m) with the result scaled by 10^exp[0]. */
  private static double[] power(double[] a, int m, int n, int[] exp) {
    if (n == 1) {
      exp[0] = 0;
      return a.clone();
    }
    double[] half = power(a, m, n / 2, exp);
    double[] v = multiply(half, half, m);
    int e = 2 * exp[0];
    if (n % 2 == 1) v = multiply(a, v, m);
    if (v[(m / 2) * m + m / 2] > 1e140) {
      for (int i = 0; i < v.length; i++) v[i] *= 1e-140;
      e += 140;
    }
    exp[0] = e;
    return v;
  }

  private static double[] multiply(double[] a, double[] b, int m) {
    double[] c = new double[m * m];
    for (int i = 0; i < m; i++) {
      for (int l = 0; l < m; l++) {
        double x = a[i * m + l];
        if (x == 0) continue;
        for (int j = 0; j < m; j++) c[i * m + j] += x * b[l * m + j];
      }
    }
    return c;
  }
}
