package org.nnl.core.act;

/**
 * The m-point Gauss–Legendre rule on [−1, 1] (nodes by Newton's method on P_m, weights
 * 2/((1−t²)P_m'(t)²)), plus the Legendre values P_{m−2}, P_{m−1} at the nodes, which the
 * adaptive rule uses to test whether a panel resolves a function.
 */
public final class GaussLegendre {
  final int m;
  final double[] nodes;
  final double[] weights;
  /** (2k+1)/2 · w_j · P_k(t_j) for k = m−2 (row 0) and k = m−1 (row 1): Legendre coefficients c_k = Σ_j row[j] f_j. */
  final double[][] tailRows;

  /** The m-point rule. */
  public GaussLegendre(int m) {
    this.m = m;
    nodes = new double[m];
    weights = new double[m];
    for (int i = 0; i < m; i++) {
      double t = Math.cos(Math.PI * (i + 0.75) / (m + 0.5));
      for (int it = 0; it < 100; it++) {
        double[] p = legendre(m, t);
        double dp = m * (t * p[1] - p[0]) / (t * t - 1);
        double dt = p[1] / dp;
        t -= dt;
        if (Math.abs(dt) < 1e-16) break;
      }
      double[] p = legendre(m, t);
      double dp = m * (t * p[1] - p[0]) / (t * t - 1);
      nodes[m - 1 - i] = t;
      weights[m - 1 - i] = 2 / ((1 - t * t) * dp * dp);
    }
    tailRows = new double[2][m];
    for (int j = 0; j < m; j++) {
      double[] p = legendre(m - 1, nodes[j]);
      tailRows[0][j] = (2 * (m - 2) + 1) / 2.0 * weights[j] * p[0];
      tailRows[1][j] = (2 * (m - 1) + 1) / 2.0 * weights[j] * p[1];
    }
  }

  /** Node t_j of [−1, 1]. */
  public double node(int j) {
    return nodes[j];
  }

  /** Weight of node j. */
  public double weight(int j) {
    return weights[j];
  }

  public int size() {
    return m;
  }

  /** max(|c_{m−2}|, |c_{m−1}|): the last Legendre coefficients of the interpolant of values v_j. */
  public double tail(double[] v) {
    double c0 = 0;
    double c1 = 0;
    for (int j = 0; j < m; j++) {
      c0 += tailRows[0][j] * v[j];
      c1 += tailRows[1][j] * v[j];
    }
    return Math.max(Math.abs(c0), Math.abs(c1));
  }

  /** {P_{k−1}(t), P_k(t)}. */
  static double[] legendre(int k, double t) {
    double p0 = 1;
    double p1 = t;
    if (k == 0) return new double[] {0, 1};
    for (int n = 1; n < k; n++) {
      double p2 = ((2 * n + 1) * t * p1 - n * p0) / (n + 1);
      p0 = p1;
      p1 = p2;
    }
    return new double[] {p0, p1};
  }
}
