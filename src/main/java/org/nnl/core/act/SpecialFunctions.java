package org.nnl.core.act;

/**
 * erf, erfc and the normal law to full double precision. Java has no erf; these use the
 * positive series erf(x) = (2/√π) x e^{−x²} Σ (2x²)ⁿ / (1·3···(2n+1)) for |x| < 3 (no
 * cancellation) and the continued fraction erfc(x) = e^{−x²}/√π · 1/(x + ½/(x + 1/(x + 3/2/(x + …))))
 * for |x| ≥ 3. Hand-written because no dependency in the build provides erf.
 */
public final class SpecialFunctions {
  private SpecialFunctions() {}

  static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
  static final double ONE_OVER_SQRT_PI = 0.5641895835477563;
  static final double SQRT_HALF = 0.7071067811865476;
  static final double ONE_OVER_SQRT_2PI = 0.3989422804014327;

  /** erf(x) = (2/√π) ∫₀ˣ e^{−t²} dt. */
  public static double erf(double x) {
    double ax = Math.abs(x);
    if (ax < 3) return series(x);
    if (Double.isNaN(x)) return x;
    double r = 1 - erfcLarge(ax);
    return x < 0 ? -r : r;
  }

  /** erfc(x) = 1 − erf(x), accurate relative to itself for large positive x. */
  public static double erfc(double x) {
    if (Double.isNaN(x)) return x;
    if (x >= 3) return erfcLarge(x);
    if (x <= -3) return 2 - erfcLarge(-x);
    return 1 - series(x);
  }

  /** Φ(x) = P(X ≤ x), X ~ N(0, 1). */
  public static double normalCdf(double x) {
    return 0.5 * erfc(-x * SQRT_HALF);
  }

  /** φ(x) = e^{−x²/2}/√(2π). */
  public static double normalPdf(double x) {
    return ONE_OVER_SQRT_2PI * Math.exp(-0.5 * x * x);
  }

  private static double series(double x) {
    double x2 = x * x;
    double t = 1;
    double sum = 1;
    double twoX2 = 2 * x2;
    for (int n = 1; n < 200; n++) {
      t *= twoX2 / (2 * n + 1);
      sum += t;
      if (t < 1e-17 * sum) break;
    }
    return TWO_OVER_SQRT_PI * x * Math.exp(-x2) * sum;
  }

  private static double erfcLarge(double x) {
    if (x > 27) return 0;
    double f = x;
    for (int k = 60; k >= 1; k--) f = x + 0.5 * k / f;
    return ONE_OVER_SQRT_PI * Math.exp(-x * x) / f;
  }
}
