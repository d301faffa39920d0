package org.nnl.core.hermite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;

/** Bad input is refused with a message naming the reason (and the x where it failed); nothing hangs. */
class BadInputTest {
  private static final Activation RELU = Activations.builtin("relu");

  private static String refusal(DoubleUnaryOperator f) {
    return assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> assertThrows(InvalidRequestException.class, () -> Activations.user("f", f, new double[0])).getMessage());
  }

  @Test
  void notSquareIntegrable() {
    String m = refusal(x -> Math.exp(x * x));
    assertTrue(m.contains("not square-integrable under N(0,1)"), m);
    m = refusal(x -> Math.exp(0.3 * x * x));
    assertTrue(m.contains("not square-integrable under N(0,1)"), m);
  }

  @Test
  void nanAndInfiniteValuesNameTheX() {
    String m = refusal(x -> x > 0.5 ? Double.NaN : x);
    assertTrue(m.contains("returns NaN at x = "), m);
    double at = Double.parseDouble(m.replaceAll(".*at x = ([-0-9.e]+);.*", "$1"));
    assertTrue(at > 0.5, m);
    m = refusal(x -> 1 / x);
    assertTrue(m.contains("returns infinity at x = 0") || m.contains("returns -infinity at x = 0"), m);
  }

  @Test
  void identicallyZero() {
    assertTrue(refusal(x -> 0).contains("identically zero"));
  }

  @Test
  void degreesAndCorrelations() {
    String m = assertThrows(InvalidRequestException.class, () -> Hermite.coefficients(RELU, -1)).getMessage();
    assertTrue(m.contains("-1"), m);
    m = assertThrows(InvalidRequestException.class, () -> Hermite.eps(RELU, 100000)).getMessage();
    assertTrue(m.contains("100000") && m.contains("at most " + Hermite.MAX_DEGREE), m);
    assertThrows(InvalidRequestException.class, () -> Hermite.truncate(RELU, 5000));
    m = assertThrows(InvalidRequestException.class, () -> Hermite.dual(RELU, 1.5)).getMessage();
    assertTrue(m.contains("[-1, 1]") && m.contains("1.5"), m);
    assertThrows(InvalidRequestException.class, () -> Hermite.dual(RELU, Double.NaN));
    assertThrows(InvalidRequestException.class, () -> Activations.leaky(Double.NaN));
  }

  /** Degree 500 and 1000: finite everywhere, truncations evaluate without NaN even far out. */
  @Test
  void highDegreesStayFinite() {
    for (String n : Activations.names()) {
      double[] a = Hermite.coefficients(Activations.builtin(n), 500);
      for (double v : a) assertTrue(Double.isFinite(v), n);
    }
    double[] e = Hermite.epsAll(RELU, Hermite.MAX_DEGREE);
    for (double v : e) assertTrue(Double.isFinite(v) && v >= 0);
    Activation t = Hermite.truncate(RELU, 500);
    for (double x : new double[] {-1e6, -200, -40, -7.5, 0, 3, 35, 1e3, 1e300}) {
      assertFalse(Double.isNaN(t.apply(x)), "σ_500(" + x + ")");
    }
    assertEquals(t.apply(10), Hermite.truncate(RELU, 500).apply(10));
  }
}
