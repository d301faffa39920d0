package org.nnl.lang.eval;

import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.linalg.MemoryGuard;
import org.nnl.lang.ast.BinaryOp;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.library.Kinds;

/**
 * {@code + - * / ^} on numbers; {@code +} joins strings; an estimate combines with a number
 * exactly: (m ± s) + c = (m + c) ± s, c·(m ± s) = cm ± |c|s, (m ± s)/c = m/c ± s/|c|.
 */
final class Arithmetic {
  private Arithmetic() {}

  static Object apply(BinaryOp op, Object l, Object r, Expr.Binary b, Interpreter interp) {
    if (op == BinaryOp.ADD && (l instanceof String || r instanceof String)) {
      return join(text(l, interp), text(r, interp), b);
    }
    if (Kinds.estimate(l) != null) l = Kinds.estimate(l);
    if (Kinds.estimate(r) != null) r = Kinds.estimate(r);
    if (l instanceof Estimate e && r instanceof Number n) return estimate(op, e, n.doubleValue(), false, b);
    if (r instanceof Estimate e && l instanceof Number n && (op == BinaryOp.ADD || op == BinaryOp.MULTIPLY)) {
      return estimate(op, e, n.doubleValue(), true, b);
    }
    if (!(l instanceof Number) || !(r instanceof Number)) {
      throw new EvalError(b.opSpan(), "Cannot apply '" + op.symbol() + "' to " + Kinds.describe(l) + " and "
          + Kinds.describe(r) + ".");
    }
    double x = ((Number) l).doubleValue();
    double y = ((Number) r).doubleValue();
    return switch (op) {
      case ADD -> x + y;
      case SUBTRACT -> x - y;
      case MULTIPLY -> x * y;
      case DIVIDE -> {
        if (y == 0) throw new EvalError(b.opSpan(), "Division by zero.");
        yield x / y;
      }
      case POWER -> Math.pow(x, y);
      default -> throw new IllegalStateException("not arithmetic: " + op);
    };
  }

  private static Object estimate(BinaryOp op, Estimate e, double c, boolean flipped, Expr.Binary b) {
    return switch (op) {
      case ADD -> new Estimate(e.mean() + c, e.stderr(), e.count());
      case SUBTRACT -> new Estimate(e.mean() - c, e.stderr(), e.count());
      case MULTIPLY -> new Estimate(e.mean() * c, e.stderr() * Math.abs(c), e.count());
      case DIVIDE -> {
        if (c == 0) throw new EvalError(b.opSpan(), "Division by zero.");
        yield new Estimate(e.mean() / c, e.stderr() / Math.abs(c), e.count());
      }
      default -> throw new EvalError(b.opSpan(), "Cannot apply '" + op.symbol() + "' to an estimate"
          + (flipped ? "" : " and a number") + ".");
    };
  }

  /** The longest string: a Java array's limit. */
  static final long MAX_STRING = Integer.MAX_VALUE - 8;

  /** a + b, refused before allocating when its length passes the limit or its bytes the free heap. */
  private static String join(String a, String c, Expr.Binary b) {
    long n = (long) a.length() + c.length();
    if (n > MAX_STRING) {
      throw new EvalError(b.opSpan(), "Joining these strings would make " + n + " characters; a string holds at most "
          + MAX_STRING + ".");
    }
    try {
      // The result only (the operands exist already): a byte a character when all are Latin-1, else two (UTF-16).
      double bytes = (latin1(a) && latin1(c) ? 1.0 : 2.0) * n;
      MemoryGuard.requireBytes(bytes, bytes, "Joining strings into " + n + " characters", "use shorter strings");
    } catch (InvalidRequestException e) {
      throw new EvalError(b.opSpan(), e.getMessage());
    }
    return a + c;
  }

  private static boolean latin1(String s) {
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) > 0xFF) return false;
    return true;
  }

  private static String text(Object v, Interpreter interp) {
    return v instanceof String s ? s : interp.format(v);
  }
}
