package org.nnl.lang.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nnl.core.Estimate;
import org.nnl.lang.ast.BinaryOp;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Spine;
import org.nnl.lang.ast.Span;
import org.nnl.lang.ast.UnaryOp;
import org.nnl.core.text.Numbers;
import org.nnl.lang.library.Kinds;

/** Evaluates expressions over an environment (a tree walk: statements and expressions run once each). */
final class Evaluator {
  /** The longest list a range may produce. */
  static final long MAX_RANGE = 10_000_000;

  private final Interpreter interp;

  Evaluator(Interpreter interp) {
    this.interp = interp;
  }

  Object eval(Expr e, Env env) {
    if (e instanceof Expr.Num n) return n.value();
    if (e instanceof Expr.Str s) return s.value();
    if (e instanceof Expr.Bool b) return b.value();
    if (e instanceof Expr.Name n) {
      if (!interp.defined(env, n.name())) throw new EvalError(n.span(), "Unknown name '" + n.name() + "'.");
      return interp.lookup(env, n.name());
    }
    if (e instanceof Expr.Unary u) return unary(u, env);
    if (e instanceof Expr.Binary b) return binary(b, env);
    if (e instanceof Expr.Call c) return new Calls(interp, this).call(c, env);
    if (e instanceof Expr.Field f) return Values.field(eval(f.target(), env), f.field(), f.fieldSpan());
    if (e instanceof Expr.ListOf l) {
      List<Object> out = new ArrayList<>(l.items().size());
      for (Expr x : l.items()) out.add(eval(x, env));
      return out;
    }
    if (e instanceof Expr.Range r) return range(r, env);
    if (e instanceof Expr.Chain c) {
      List<Object> out = new ArrayList<>();
      for (Expr w : c.widths()) out.add(Values.number(eval(w, env), w.span(), "A width chain"));
      return out;
    }
    if (e instanceof Expr.RecordOf r) {
      Map<String, Object> out = new LinkedHashMap<>();
      for (Expr.FieldInit f : r.fields()) out.put(f.name(), eval(f.value(), env));
      return out;
    }
    if (e instanceof Expr.Sweep s) return new Cells(interp, this).sweep(s, env);
    throw new IllegalStateException("unknown expression " + e);
  }

  private Object unary(Expr.Unary u, Env env) {
    Object v = eval(u.operand(), env);
    if (u.op() == UnaryOp.NOT) return !Values.bool(v, u.operand().span(), "'not'");
    Estimate est = Kinds.estimate(v);
    if (est != null) return new Estimate(-est.mean(), est.stderr(), est.count());
    return -Values.number(v, u.operand().span(), "'-'");
  }

  /** Folds over the left spine, left to right (a long sum is a loop, not a recursion). */
  private Object binary(Expr.Binary top, Env env) {
    List<Expr.Binary> spine = Spine.of(top);
    Object v = eval(spine.get(0).left(), env);
    for (Expr.Binary b : spine) v = binary(b, v, env);
    return v;
  }

  /** {@code b} applied to its evaluated left operand {@code l}; and/or skip the right one when decided. */
  private Object binary(Expr.Binary b, Object l, Env env) {
    BinaryOp op = b.op();
    if (op.family() == BinaryOp.Family.LOGICAL) {
      String what = "'" + op.symbol() + "'";
      boolean lb = Values.bool(l, b.left().span(), what);
      if (op == BinaryOp.AND ? !lb : lb) return lb;
      return Values.bool(eval(b.right(), env), b.right().span(), what);
    }
    Object r = eval(b.right(), env);
    return switch (op.family()) {
      case EQUALITY -> op == BinaryOp.EQUAL ? same(l, r) : !same(l, r);
      case ORDER -> compare(op, l, r, b);
      case ARITHMETIC -> Arithmetic.apply(op, l, r, b, interp);
      case LOGICAL -> throw new IllegalStateException("decided above: " + op);
    };
  }

  private static boolean same(Object l, Object r) {
    if (l instanceof Number a && r instanceof Number c) return a.doubleValue() == c.doubleValue();
    return Objects.equals(l, r);
  }

  private static boolean compare(BinaryOp op, Object l, Object r, Expr.Binary b) {
    int c;
    if (l instanceof String a && r instanceof String s) {
      c = a.compareTo(s);
    } else {
      Estimate el = Kinds.estimate(l);
      Estimate er = Kinds.estimate(r);
      double x = el != null ? el.mean() : Values.number(l, b.left().span(), "'" + op.symbol() + "'");
      double y = er != null ? er.mean() : Values.number(r, b.right().span(), "'" + op.symbol() + "'");
      c = Double.compare(x, y);
      if (Double.isNaN(x) || Double.isNaN(y)) return false;
    }
    return switch (op) {
      case LESS -> c < 0;
      case LESS_EQUAL -> c <= 0;
      case GREATER -> c > 0;
      case GREATER_EQUAL -> c >= 0;
      default -> throw new IllegalStateException("not an order: " + op);
    };
  }

  private Object range(Expr.Range r, Env env) {
    long from = Values.whole(eval(r.from(), env), r.from().span(), "A range");
    long to = Values.whole(eval(r.to(), env), r.to().span(), "A range");
    if (to < from) throw new EvalError(r.span(), "The range " + from + ".." + to + " is empty; a range counts up.");
    if (to - from + 1 > MAX_RANGE) {
      throw new EvalError(r.span(), "The range " + from + ".." + to + " has " + (to - from + 1)
          + " numbers; at most " + MAX_RANGE + " are allowed.");
    }
    return new RangeList(from, (int) (to - from + 1));
  }

  /** The most cells (rows) one sweep may have: the limit of one range, for their product. */
  static final long MAX_CELLS = MAX_RANGE;

  /** Bytes a table row takes at most: the row list, boxed numbers (24 B each) and references. */
  private static long rowBytes(int columns) {
    return 64 + 32L * columns;
  }

  /** Refuses a sweep whose domains (those known up front) multiply to more than {@link #MAX_CELLS} cells. */
  static void requireCells(Expr.Sweep s, List<List<Object>> domains, int columns) {
    StringBuilder sizes = new StringBuilder();
    double cells = 1;
    for (List<Object> d : domains) {
      sizes.append(sizes.length() > 0 ? " × " : "").append(d.size());
      cells *= Math.max(1, d.size());
    }
    if (cells > MAX_CELLS) {
      throw new EvalError(s.span(), String.format("This sweep has %s cells (%s); at most %d are allowed. Sweep fewer"
          + " values, or split it into several sweeps.", Numbers.plain(cells),
          sizes, MAX_CELLS));
    }
    if (domains.size() < s.vars().size()) return;
    try {
      org.nnl.core.linalg.MemoryGuard.requireBytes(cells * rowBytes(columns), 8.0 * cells,
          "The table of this sweep (" + (long) cells + " rows of " + columns + " columns)", "sweep fewer values");
    } catch (org.nnl.core.InvalidRequestException e) {
      throw new EvalError(s.span(), e.getMessage());
    }
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object v, Span span) {
    if (v instanceof List<?> l) return (List<Object>) l;
    throw new EvalError(span, "Expected a list or a range, not " + Kinds.describe(v) + ".");
  }
}
