package org.nnl.lang.eval.builtin.output;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as NNL prints them: whole numbers as integers ({@code 3}, {@code -12}); others with
 * {@code digits} significant digits and no trailing zeros, in plain notation when the decimal
 * exponent e satisfies −5 ≤ e &lt; digits ({@code 0.0113005}), else scientific ({@code 1.5e-7},
 * {@code 2.34568e12}); NaN and infinities as {@code NaN}, {@code inf}, {@code -inf}.
 */
public final class NumberFormat {
  private NumberFormat() {}

  public static String format(double d, int digits) {
    if (Double.isNaN(d)) return "NaN";
    if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    BigDecimal b = new BigDecimal(d).round(new MathContext(Math.max(1, digits), RoundingMode.HALF_EVEN)).stripTrailingZeros();
    int exponent = b.precision() - b.scale() - 1;
    if (exponent >= -5 && exponent < Math.max(digits, 1)) return b.toPlainString();
    BigDecimal mantissa = b.movePointLeft(exponent).stripTrailingZeros();
    return mantissa.toPlainString() + "e" + exponent;
  }
}
