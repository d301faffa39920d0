package org.nnl.core.act;

/**
 * erf, erfc and the normal law to full double precision. Java has no erf and no dependency of
 * the build provides one, so: erf on |x| < 6 from degree-14 Taylor polynomials about the centres
 * of cells of width 1/4 ({@link ErfTable}, generated with mpmath), ±1 beyond; erfc(x) for x ≥ 3
 * from the continued fraction e^{−x²}/√π · 1/(x + ½/(x + 1/(x + 3/2/(x + …)))) (relative accuracy
 * in the far tail), 1 − erf(x) below.
 */
public final class SpecialFunctions {
  private SpecialFunctions() {}

  static final double TWO_OVER_SQRT_PI = 1.1283791670955126;
  static final double ONE_OVER_SQRT_PI = 0.5641895835477563;
  static final double SQRT_HALF = 0.7071067811865476;
  static final double ONE_OVER_SQRT_2PI = 0.3989422804014327;

  private static final int DEG = 14;
  private static final double[] TABLE = new double[ErfTable.C.length * (DEG + 1)];

  static {
    for (int k = 0; k < ErfTable.C.length; k++) System.arraycopy(ErfTable.C[k], 0, TABLE, k * (DEG + 1), DEG + 1);
  }

  /** erf(x) = (2/√π) ∫₀ˣ e^{−t²} dt. */
  public static double erf(double x) {
    double ax = Math.abs(x);
    if (!(ax < 6)) {
      if (Double.isNaN(x)) return x;
      return x < 0 ? -1 : 1;
    }
    int k = (int) (ax * 4);
    double t = ax - (k + 0.5) * 0.25;
    int o = k * (DEG + 1);
    double p = TABLE[o + DEG];
    for (int j = DEG - 1; j >= 0; j--) p = p * t + TABLE[o + j];
    return x < 0 ? -p : p;
  }

  /** erfc(x) = 1 − erf(x), accurate relative to itself for large positive x. */
  public static double erfc(double x) {
    if (Double.isNaN(x)) return x;
    if (x >= 3) return erfcLarge(x);
    if (x <= -3) return 2 - erfcLarge(-x);
    return 1 - erf(x);
  }

  /** Φ(x) = P(X ≤ x), X ~ N(0, 1). */
  public static double normalCdf(double x) {
    return 0.5 * erfc(-x * SQRT_HALF);
  }

  /** φ(x) = e^{−x²/2}/√(2π). */
  public static double normalPdf(double x) {
    return ONE_OVER_SQRT_2PI * Math.exp(-0.5 * x * x);
  }

  private static double erfcLarge(double x) {
    if (x > 27) return 0;
    double f = x;
    for (int k = 60; k >= 1; k--) f = x + 0.5 * k / f;
    return ONE_OVER_SQRT_PI * Math.exp(-x * x) / f;
  }
}
