package org.nnl.core.hermite;

/**
 * The orthonormal Hermite basis h_n = He_n/√n! by its normalized three-term recurrence
 * h_{k+1}(x) = (x·h_k(x) − √k·h_{k−1}(x))/√(k+1) (no factorials), and the Hermite functions
 * ψ_k(x) = h_k(x)·e^{−x²/4}/(2π)^{1/4} (|ψ_k| < 1, orthonormal in L²(dx)) that the quadrature uses.
 */
final class HermiteBasis {
  private HermiteBasis() {}

  static final int MAX_DEGREE = 1000;
  /** ROOT[k] = √k. */
  static final double[] ROOT = new double[MAX_DEGREE + 2];
  /** INV_ROOT[k] = 1/√k. */
  static final double[] INV_ROOT = new double[MAX_DEGREE + 2];
  static final double QUARTIC_2PI = Math.pow(2 * Math.PI, -0.25);

  static {
    for (int k = 0; k < ROOT.length; k++) {
      ROOT[k] = Math.sqrt(k);
      INV_ROOT[k] = k == 0 ? 0 : 1 / ROOT[k];
    }
  }

  /** out[k] = ψ_k(x) for k = 0..n, for any x (far out the recurrence runs rescaled; tiny values underflow to 0). */
  static void psiAnywhere(double x, int n, double[] out) {
    if (Math.abs(x) <= 37) {
      psi(x, n, out);
      return;
    }
    double logScale = -0.25 * x * x;
    double q0 = 1;
    double q1 = x;
    out[0] = QUARTIC_2PI * Math.exp(logScale);
    if (n == 0) return;
    out[1] = QUARTIC_2PI * x * Math.exp(logScale);
    double factor = out[0];
    for (int k = 1; k < n; k++) {
      double q2 = (x * q1 - ROOT[k] * q0) * INV_ROOT[k + 1];
      q0 = q1;
      q1 = q2;
      if (Math.abs(q1) > 0x1p500) {
        q0 *= 0x1p-500;
        q1 *= 0x1p-500;
        logScale += 500 * Math.log(2);
        factor = QUARTIC_2PI * Math.exp(logScale);
      }
      out[k + 1] = q1 * factor;
    }
  }

  /** out[k] = ψ_k(x) for k = 0..n (|x| ≤ 37, where e^{−x²/4} does not underflow). */
  static void psi(double x, int n, double[] out) {
    double p0 = QUARTIC_2PI * Math.exp(-0.25 * x * x);
    out[0] = p0;
    if (n == 0) return;
    double p1 = x * p0;
    out[1] = p1;
    for (int k = 1; k < n; k++) {
      double p2 = (x * p1 - ROOT[k] * p0) * INV_ROOT[k + 1];
      out[k + 1] = p2;
      p0 = p1;
      p1 = p2;
    }
  }

  /**
   * Σ_{i≤n} c_i h_i(x) by the forward recurrence. For |x| > 30 the recurrence is rescaled by
   * 2^{−600} whenever it grows past 2^{600}, and beyond |x| = 10⁶ it runs in powers of 1/x, so
   * a value beyond the double range comes out as ±∞, never NaN.
   */
  static double sum(double[] c, int n, double x) {
    if (n == 0) return c[0];
    double h0 = 1;
    double h1 = x;
    double s = c[0] + c[1] * x;
    if (Math.abs(x) <= 30) {
      for (int k = 1; k < n; k++) {
        double h2 = (x * h1 - ROOT[k] * h0) * INV_ROOT[k + 1];
        s += c[k + 1] * h2;
        h0 = h1;
        h1 = h2;
      }
      return s;
    }
    if (Math.abs(x) > 1e6) return sumFar(c, n, x);
    int scaled = 0;
    for (int k = 1; k < n; k++) {
      double h2 = (x * h1 - ROOT[k] * h0) * INV_ROOT[k + 1];
      s += c[k + 1] * h2;
      h0 = h1;
      h1 = h2;
      if (Math.abs(h1) > 0x1p600) {
        h0 *= 0x1p-600;
        h1 *= 0x1p-600;
        s *= 0x1p-600;
        scaled++;
      }
    }
    for (int i = 0; i < scaled && Double.isFinite(s) && s != 0; i++) s *= 0x1p600;
    return s;
  }

  /**
   * Far out: with g_k = h_k(x)/x^k (g_{k+1} = (g_k − √k·g_{k−1}/x²)/√(k+1)), the sum is
   * x^n·Σ_k c_k g_k x^{k−n}, the inner sum by Horner's rule in 1/x.
   */
  private static double sumFar(double[] c, int n, double x) {
    double y = 1 / x;
    double y2 = y * y;
    double g0 = 1;
    double g1 = 1;
    double t = c[0] * y + c[1];
    for (int k = 1; k < n; k++) {
      double g2 = (g1 - ROOT[k] * g0 * y2) * INV_ROOT[k + 1];
      t = t * y + c[k + 1] * g2;
      g0 = g1;
      g1 = g2;
    }
    if (t == 0) return 0;
    return t * Math.pow(x, n);
  }

  /** Σ_{i≤n} c_i h_i'(x) = Σ_{i≥1} c_i √i h_{i−1}(x). */
  static double derivative(double[] c, int n, double x) {
    if (n == 0) return 0;
    double[] d = new double[n];
    for (int i = 1; i <= n; i++) d[i - 1] = c[i] * ROOT[i];
    return sum(d, n - 1, x);
  }

  /** The monomial coefficients m_k of Σ_{i≤n} c_i h_i(x) = Σ_k m_k x^k. */
  static double[] monomials(double[] c, int n) {
    double[] out = new double[n + 1];
    double[] prev = new double[n + 1];
    double[] cur = new double[n + 1];
    cur[0] = 1;
    out[0] += c[0];
    if (n >= 1) {
      prev[0] = 1;
      cur = new double[n + 1];
      cur[1] = 1;
      out[1] += c[1];
    }
    for (int k = 1; k < n; k++) {
      double[] next = new double[n + 1];
      for (int j = 0; j <= k; j++) next[j + 1] += cur[j] * INV_ROOT[k + 1];
      for (int j = 0; j <= k - 1; j++) next[j] -= prev[j] * ROOT[k] * INV_ROOT[k + 1];
      for (int j = 0; j <= k + 1; j++) out[j] += c[k + 1] * next[j];
      prev = cur;
      cur = next;
    }
    return out;
  }
}
