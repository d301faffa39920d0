package org.nnl.core.net;

/**
 * Change of basis from monomials x^e = Π_j x_j^{e_j} to the Hermite tensor basis
 * h_α(x) = Π_j h_{α_j}(x_j), h_k = He_k/√k! orthonormal under N(0, 1): per variable
 * x^k = Σ_{m ≤ k/2} C(k, m)·h_{k−2m}(x) with C(k, m) = k!/(2^m m! (k−2m)!)·√((k−2m)!)
 * (He's inverse expansion), multiplied out over the variables. α_j ≤ e_j, so the Hermite
 * terms index the same set of monomials (of total degree ≤ D).
 */
final class HermiteTensor {
  private HermiteTensor() {}

  /** b[k][index(α)] for coefficients c[k][index(e)] in the monomial basis. */
  static double[][] fromMonomials(Monomials mono, double[][] c) {
    int dmax = mono.maxDegree;
    double[] logFact = new double[dmax + 1];
    for (int i = 1; i <= dmax; i++) logFact[i] = logFact[i - 1] + Math.log(i);
    // per[k][m] = C(k, m), the coefficient of h_{k−2m} in x^k.
    double[][] per = new double[dmax + 1][];
    for (int k = 0; k <= dmax; k++) {
      per[k] = new double[k / 2 + 1];
      for (int m = 0; m <= k / 2; m++) {
        int j = k - 2 * m;
        per[k][m] = Math.exp(logFact[k] - m * Math.log(2) - logFact[m] - 0.5 * logFact[j]);
      }
    }
    double[][] b = new double[c.length][mono.size()];
    int[] alpha = new int[mono.d];
    for (int i = 0; i < mono.size(); i++) {
      boolean zero = true;
      for (double[] ck : c) zero &= ck[i] == 0;
      if (zero) continue;
      int[] e = mono.exponents(i);
      spread(mono, per, c, i, e, alpha, 0, 1.0, b);
    }
    return b;
  }

  private static void spread(Monomials mono, double[][] per, double[][] c, int i, int[] e, int[] alpha, int j,
      double factor, double[][] b) {
    if (j == e.length) {
      int target = mono.index(mono.code(alpha));
      for (int k = 0; k < c.length; k++) b[k][target] += factor * c[k][i];
      return;
    }
    double[] row = per[e[j]];
    for (int m = 0; m < row.length; m++) {
      alpha[j] = e[j] - 2 * m;
      spread(mono, per, c, i, e, alpha, j + 1, factor * row[m], b);
    }
    alpha[j] = 0;
  }

  /** h_α as text, e.g. {@code h2(x1)*h1(x3)}, or {@code 1}. */
  static String name(Monomials mono, int i) {
    int[] e = mono.exponents(i);
    StringBuilder s = new StringBuilder();
    for (int j = 0; j < e.length; j++) {
      if (e[j] == 0) continue;
      if (s.length() > 0) s.append('*');
      s.append('h').append(e[j]).append("(x").append(j + 1).append(')');
    }
    return s.length() == 0 ? "1" : s.toString();
  }
}
