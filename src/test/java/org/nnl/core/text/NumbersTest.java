package org.nnl.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The one rule "whole numbers print as integers", and both forms of the other numbers. */
class NumbersTest {
  @Test
  void numbersHaveSignificantDigitsAndIntegersPrintAsIntegers() {
    assertEquals("0.333333", Numbers.format(1.0 / 3, 6));
    assertEquals("0.33", Numbers.format(1.0 / 3, 2));
    assertEquals("3", Numbers.format(3.0, 6));
    assertEquals("-12", Numbers.format(-12.0, 6));
    assertEquals("0", Numbers.format(-0.0, 6));
    assertEquals("2.5", Numbers.format(2.5, 6));
    assertEquals("0.0113005", Numbers.format(0.011300495, 6));
    assertEquals("1e-7", Numbers.format(1e-7, 6));
    assertEquals("1.23457e-7", Numbers.format(1.234567e-7, 6));
    assertEquals("0.0000123457", Numbers.format(1.234567e-5, 6));
    assertEquals("1234567", Numbers.format(1234567.0, 6));
    assertEquals("1.23457e6", Numbers.format(1234567.25, 6));
    assertEquals("123457", Numbers.format(123456.75, 6));
    assertEquals("NaN", Numbers.format(Double.NaN, 6));
    assertEquals("-inf", Numbers.format(Double.NEGATIVE_INFINITY, 6));
    assertEquals("1e20", Numbers.format(1e20, 6));
  }

  /** Whole below 10^15 in magnitude: then (long) v is exact and has at most 15 digits. */
  @Test
  void wholeMeansIntegralAndBelowTenToTheFifteen() {
    assertTrue(Numbers.isWhole(0));
    assertTrue(Numbers.isWhole(-0.0));
    assertTrue(Numbers.isWhole(-12));
    assertTrue(Numbers.isWhole(999_999_999_999_999.0));
    assertFalse(Numbers.isWhole(1e15));
    assertFalse(Numbers.isWhole(-1e15));
    assertFalse(Numbers.isWhole(0.5));
    assertFalse(Numbers.isWhole(Math.nextUp(3.0)));
    assertFalse(Numbers.isWhole(Double.NaN));
    assertFalse(Numbers.isWhole(Double.POSITIVE_INFINITY));
  }

  /** Full precision: integers without a point, others as Double.toString (round trip). */
  @Test
  void plainIsFullPrecision() {
    assertEquals("3", Numbers.plain(3.0));
    assertEquals("-12", Numbers.plain(-12.0));
    assertEquals("0", Numbers.plain(-0.0));
    assertEquals("999999999999999", Numbers.plain(999_999_999_999_999.0));
    assertEquals("1.0E15", Numbers.plain(1e15));
    assertEquals("0.1", Numbers.plain(0.1));
    assertEquals("1.0E-6", Numbers.plain(1e-6));
    assertEquals("0.30000000000000004", Numbers.plain(0.1 + 0.2));
    assertEquals("NaN", Numbers.plain(Double.NaN));
    assertEquals("-Infinity", Numbers.plain(Double.NEGATIVE_INFINITY));
    for (double v : new double[] {Math.PI, -1.0 / 3, 6.02e23, Double.MIN_VALUE}) {
      assertEquals(v, Double.parseDouble(Numbers.plain(v)));
    }
  }
}
