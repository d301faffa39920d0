package org.nnl.lang.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Progress;
import org.nnl.core.SeedStream;
import org.nnl.core.Table;
import org.nnl.core.linalg.MemoryGuard;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Spine;
import org.nnl.lang.ast.Span;

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
    if (e instanceof Expr.Sweep s) return sweep(s, env);
    throw new IllegalStateException("unknown expression " + e);
  }

  private Object unary(Expr.Unary u, Env env) {
    Object v = eval(u.operand(), env);
    if (u.op().equals("not")) return !Values.bool(v, u.operand().span(), "'not'");
    Estimate est = Values.estimate(v);
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
    String op = b.op();
    if (op.equals("and") || op.equals("or")) {
      boolean lb = Values.bool(l, b.left().span(), "'" + op + "'");
      if (op.equals("and") ? !lb : lb) return lb;
      return Values.bool(eval(b.right(), env), b.right().span(), "'" + op + "'");
    }
    Object r = eval(b.right(), env);
    return switch (op) {
      case "==" -> same(l, r);
      case "!=" -> !same(l, r);
      case "<", "<=", ">", ">=" -> compare(op, l, r, b);
      default -> Arithmetic.apply(op, l, r, b, interp);
    };
  }

  private static boolean same(Object l, Object r) {
    if (l instanceof Number a && r instanceof Number c) return a.doubleValue() == c.doubleValue();
    return Objects.equals(l, r);
  }

  private static boolean compare(String op, Object l, Object r, Expr.Binary b) {
    int c;
    if (l instanceof String a && r instanceof String s) {
      c = a.compareTo(s);
    } else {
      Estimate el = Values.estimate(l);
      Estimate er = Values.estimate(r);
      double x = el != null ? el.mean() : Values.number(l, b.left().span(), "'" + op + "'");
      double y = er != null ? er.mean() : Values.number(r, b.right().span(), "'" + op + "'");
      c = Double.compare(x, y);
      if (Double.isNaN(x) || Double.isNaN(y)) return false;
    }
    return switch (op) {
      case "<" -> c < 0;
      case "<=" -> c <= 0;
      case ">" -> c > 0;
      default -> c >= 0;
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

  private static EvalError tooManyCells(Expr.Sweep s, List<List<Object>> domains) {
    StringBuilder sizes = new StringBuilder();
    double cells = 1;
    for (List<Object> d : domains) {
      sizes.append(sizes.length() > 0 ? " × " : "").append(d.size());
      cells *= Math.max(1, d.size());
    }
    return new EvalError(s.span(), String.format("This sweep has %s cells (%s); at most %d are allowed. Sweep fewer"
        + " values, or split it into several sweeps.", cells < 1e15 ? Long.toString((long) cells) : Double.toString(cells),
        sizes, MAX_CELLS));
  }

  private static void requireTableFits(long cells, int columns, Expr.Sweep s) {
    try {
      MemoryGuard.requireBytes((double) cells * rowBytes(columns), 8.0 * cells,
          "The table of this sweep (" + cells + " rows of " + columns + " columns)", "sweep fewer values");
    } catch (InvalidRequestException e) {
      throw new EvalError(s.span(), e.getMessage());
    }
  }

  /**
   * Every combination of the variables (the first varies slowest), one row each. The sweep takes
   * one seed t of the running stream first; row k (0-based) evaluates its fields with the stream
   * {@code SeedStream.cell(t, k)}, so a cell's values depend only on (t, k).
   */
  private Table sweep(Expr.Sweep s, Env env) {
    long sweepSeed = interp.nextSeed();
    List<String> columns = new ArrayList<>();
    List<List<Object>> domains = new ArrayList<>();
    double total = 1;
    Env header = new Env(env);
    for (Expr.SweepVar v : s.vars()) columns.add(v.name());
    for (Expr.FieldInit f : s.fields()) columns.add(f.name());
    Table table = new Table(columns);
    List<Expr.SweepVar> vars = s.vars();
    // Domains that do not mention earlier variables are evaluated once, up front (also sizing the progress).
    java.util.Set<String> earlier = new java.util.HashSet<>();
    for (Expr.SweepVar v : vars) {
      if (domains != null && Mentions.any(v.values(), earlier)) domains = null;
      earlier.add(v.name());
      if (domains == null) continue;
      domains.add(list(eval(v.values(), header), v.values().span()));
      total *= Math.max(1, domains.get(domains.size() - 1).size());
    }
    if (domains != null && total > MAX_CELLS) throw tooManyCells(s, domains);
    if (domains != null) requireTableFits((long) total, columns.size(), s);
    Progress p = Progress.current();
    p.start("sweep", domains == null ? 0 : (long) total);
    try {
      rows(s, 0, new Env(env), new ArrayList<>(), table, domains, p, sweepSeed);
    } finally {
      p.finish();
    }
    return table;
  }

  private void rows(Expr.Sweep s, int k, Env env, List<Object> prefix, Table table, List<List<Object>> domains,
                    Progress p, long sweepSeed) {
    if (k == s.vars().size()) {
      Progress.checkInterrupted();
      // Domains that depend on earlier variables are known only row by row: the limit applies as rows come.
      if (domains == null && table.rowCount() >= MAX_CELLS) {
        throw new EvalError(s.span(), "This sweep has more than " + MAX_CELLS + " cells; at most " + MAX_CELLS
            + " are allowed. Sweep fewer values, or split it into several sweeps.");
      }
      List<Object> row = new ArrayList<>(prefix);
      SeedStream outer = interp.stream();
      interp.setStream(SeedStream.cell(sweepSeed, table.rowCount()));
      try {
        for (Expr.FieldInit f : s.fields()) row.add(eval(f.value(), env));
      } finally {
        interp.setStream(outer);
      }
      table.addRow(row);
      p.advance(table.rowCount());
      return;
    }
    Expr.SweepVar v = s.vars().get(k);
    List<Object> values = domains != null ? domains.get(k) : list(eval(v.values(), env), v.values().span());
    for (Object x : values) {
      Env inner = new Env(env);
      inner.define(v.name(), x);
      prefix.add(x);
      rows(s, k + 1, inner, prefix, table, domains, p, sweepSeed);
      prefix.remove(prefix.size() - 1);
    }
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object v, Span span) {
    if (v instanceof List<?> l) return (List<Object>) l;
    throw new EvalError(span, "Expected a list or a range, not " + Values.describe(v) + ".");
  }
}
