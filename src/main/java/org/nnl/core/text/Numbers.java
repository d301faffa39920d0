package org.nnl.core.text;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as NNL writes them. The one rule: a whole number of magnitude below 10^15 prints as an
 * integer ({@code 3}, {@code -12}, {@code 0} for −0.0), so {@code (long) v} is exact. Other numbers
 * print either in full precision ({@link #plain}: Double's shortest round-trip form, for files,
 * declarations and messages) or with a number of significant digits ({@link #format}: the value
 * printer).
 */
public final class Numbers {
  private Numbers() {}

  /** Below this magnitude a whole double prints as an integer (15 digits; exactly representable). */
  static final double WHOLE_LIMIT = 1e15;

  /** Whether {@code v} prints as an integer: v = rint(v) and |v| &lt; 10^15. */
  public static boolean isWhole(double v) {
    return v == Math.rint(v) && Math.abs(v) < WHOLE_LIMIT;
  }

  /** Full precision: whole numbers as integers, others as {@link Double#toString} (0.1, 1.0E-6, NaN, Infinity). */
  public static String plain(double v) {
    return isWhole(v) ? Long.toString((long) v) : Double.toString(v);
  }

  /**
   * {@code digits} significant digits: whole numbers as integers; others rounded half-even with no
   * trailing zeros, in plain notation when the decimal exponent e satisfies −5 ≤ e &lt; digits
   * ({@code 0.0113005}), else scientific ({@code 1.5e-7}, {@code 2.34568e12}); NaN and infinities
   * as {@code NaN}, {@code inf}, {@code -inf}.
   */
  public static String format(double d, int digits) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
    if (isWhole(d)) return Long.toString((long) d);
    int precision = Math.max(1, digits);
    BigDecimal b = new BigDecimal(d).round(new MathContext(precision, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    int exponent = b.precision() - b.scale() - 1;
    if (exponent >= -5 && exponent < precision) return b.toPlainString();
    BigDecimal mantissa = b.movePointLeft(exponent).stripTrailingZeros();
    return mantissa.toPlainString() + "e" + exponent;
  }
}
