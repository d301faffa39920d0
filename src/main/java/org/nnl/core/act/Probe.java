package org.nnl.core.act;

import org.nnl.core.InvalidRequestException;
import java.util.function.DoubleUnaryOperator;

/** Evaluates a user function f, refusing NaN and ±∞ with the x where it happened. */
final class Probe {
  final String name;
  final DoubleUnaryOperator f;

  Probe(String name, DoubleUnaryOperator f) {
    this.name = name;
    this.f = f;
  }

  double at(double t) {
    double v = f.applyAsDouble(t);
    if (!Double.isFinite(v)) {
      throw new InvalidRequestException(String.format(
          "Activation %s returns %s at x = %s; an activation must be finite everywhere.",
          name, Double.isNaN(v) ? "NaN" : v > 0 ? "infinity" : "-infinity", fmtX(t)));
    }
    return v;
  }

  /** |f(t)| far out, where ±∞ means "grows too fast", not a bad value. */
  double tail(double t) {
    double v = f.applyAsDouble(t);
    if (Double.isNaN(v)) at(t);
    return Math.abs(v);
  }

  static String fmtX(double t) {
    return String.format("%.6g", t).replaceAll("\\.?0+$", "").replaceAll("\\.?0+e", "e");
  }
}
