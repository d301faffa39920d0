package org.nnl.lang.eval;

import org.nnl.core.Estimate;
import org.nnl.lang.ast.Expr;

/**
 * {@code + - * / ^} on numbers; {@code +} joins strings; an estimate combines with a number
 * exactly: (m ± s) + c = (m + c) ± s, c·(m ± s) = cm ± |c|s, (m ± s)/c = m/c ± s/|c|.
 */
final class Arithmetic {
  private Arithmetic() {}

  static Object apply(String op, Object l, Object r, Expr.Binary b, Interpreter interp) {
    if (op.equals("+") && (l instanceof String || r instanceof String)) {
      return text(l, interp) + text(r, interp);
    }
    if (Values.estimate(l) != null) l = Values.estimate(l);
    if (Values.estimate(r) != null) r = Values.estimate(r);
    if (l instanceof Estimate e && r instanceof Number n) return estimate(op, e, n.doubleValue(), false, b);
    if (r instanceof Estimate e && l instanceof Number n && (op.equals("+") || op.equals("*"))) {
      return estimate(op, e, n.doubleValue(), true, b);
    }
    if (!(l instanceof Number) || !(r instanceof Number)) {
      throw new EvalError(b.opSpan(), "Cannot apply '" + op + "' to " + Values.describe(l) + " and "
          + Values.describe(r) + ".");
    }
    double x = ((Number) l).doubleValue();
    double y = ((Number) r).doubleValue();
    return switch (op) {
      case "+" -> x + y;
      case "-" -> x - y;
      case "*" -> x * y;
      case "/" -> {
        if (y == 0) throw new EvalError(b.opSpan(), "Division by zero.");
        yield x / y;
      }
      case "^" -> Math.pow(x, y);
      default -> throw new IllegalStateException("operator " + op);
    };
  }

  private static Object estimate(String op, Estimate e, double c, boolean flipped, Expr.Binary b) {
    return switch (op) {
      case "+" -> new Estimate(e.mean() + c, e.stderr(), e.count());
      case "-" -> new Estimate(e.mean() - c, e.stderr(), e.count());
      case "*" -> new Estimate(e.mean() * c, e.stderr() * Math.abs(c), e.count());
      case "/" -> {
        if (c == 0) throw new EvalError(b.opSpan(), "Division by zero.");
        yield new Estimate(e.mean() / c, e.stderr() / Math.abs(c), e.count());
      }
      default -> throw new EvalError(b.opSpan(), "Cannot apply '" + op + "' to an estimate"
          + (flipped ? "" : " and a number") + ".");
    };
  }

  private static String text(Object v, Interpreter interp) {
    return v instanceof String s ? s : interp.format(v);
  }
}
