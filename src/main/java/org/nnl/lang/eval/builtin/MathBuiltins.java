package org.nnl.lang.eval.builtin;

import static org.nnl.lang.library.Param.opt;
import static org.nnl.lang.library.Param.req;

import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Fn;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Param;
import org.nnl.lang.library.Kinds;

/**
 * General math on numbers and lists of numbers: sqrt, exp, log, floor, ceil, round, min, max,
 * clip, sum, mean of a list, len, all, any, choose. (abs, tanh and erf are activations: abs(x) applies
 * the activation, which equals |x|.)
 */
final class MathBuiltins {
  private MathBuiltins() {}

  static List<Builtin> all() {
    Param x = req("x", Kind.NUMBER);
    Param list = req("list", Kind.LIST);
    return List.of(
        unary("sqrt", "sqrt(x) — √x for x ≥ 0. Example: sqrt(2)", Math::sqrt, 0, "at least 0"),
        unary("exp", "exp(x) — e^x. Example: exp(1)", Math::exp, Double.NEGATIVE_INFINITY, null),
        unary("log", "log(x) — the natural logarithm, x > 0. Example: log(10)", Math::log, Double.MIN_VALUE, "positive"),
        unary("log10", "log10(x) — the base-10 logarithm, x > 0. Example: log10(1000)", Math::log10, Double.MIN_VALUE, "positive"),
        unary("floor", "floor(x) — the largest whole number ≤ x. Example: floor(2.7)", Math::floor, Double.NEGATIVE_INFINITY, null),
        unary("ceil", "ceil(x) — the smallest whole number ≥ x. Example: ceil(2.1)", Math::ceil, Double.NEGATIVE_INFINITY, null),
        unary("round", "round(x) — the nearest whole number (halves away from 0). Example: round(2.5)",
            v -> Math.signum(v) * Math.floor(Math.abs(v) + 0.5), Double.NEGATIVE_INFINITY, null),
        fold("min", "min(a, b) — the smaller of two numbers; min(LIST) — the smallest item. Example: min([3, 1, 2])", Math::min),
        fold("max", "max(a, b) — the larger of two numbers; max(LIST) — the largest item. Example: max(0, -2)", Math::max),
        Fn.of("clip", Kind.NUMBER, "clip(x, lo, hi) — min(max(x, lo), hi). Example: clip(1.7, 0, 1)",
            (c, a) -> clip(a.number("x"), a.number("lo"), a.number("hi")), x, req("lo", Kind.NUMBER), req("hi", Kind.NUMBER)),
        Fn.of("sum", Kind.NUMBER, "sum(LIST) — Σ of the items. Example: sum(1..4) = 10",
            (c, a) -> sum(numbers(a, "list")), list),
        Fn.of("mean", Kind.NUMBER, "mean(LIST) — the average of the items (mean(a): an activation's a_0). Example: mean([1, 2, 6])",
            (c, a) -> {
              double[] v = numbers(a, "list");
              InvalidRequestException.require(v.length > 0, "mean of an empty list has no value.");
              return sum(v) / v.length;
            }, list),
        Fn.of("len", Kind.NUMBER, "len(v) — the number of items of a list, rows of a table, fields of a record. Example: len(1..8)",
            (c, a) -> len(a.get("v")), req("v", Kind.ANY)),
        Fn.of("all", Kind.BOOL, "all(LIST) — true when every item is true (true for an empty list). Example: all(t.ok)",
            (c, a) -> booleans(a, "list").stream().allMatch(b -> b), list),
        Fn.of("any", Kind.BOOL, "any(LIST) — true when some item is true. Example: any([false, true])",
            (c, a) -> booleans(a, "list").stream().anyMatch(b -> b), list),
        Fn.of("choose", Kind.NUMBER, "choose(n, k) — the binomial coefficient C(n, k); C(d+k, k) counts polyreg's features. Example: choose(23, 3)",
            (c, a) -> choose(a.natural("n"), a.natural("k")), req("n", Kind.NUMBER), req("k", Kind.NUMBER)));
  }

  private static Fn unary(String name, String doc, DoubleUnaryOperator f, double lowest, String domain) {
    return Fn.of(name, Kind.NUMBER, doc, (c, a) -> {
      double v = a.number("x");
      if (domain != null && !(v >= lowest)) {
        throw new InvalidRequestException(name + "(x) needs x " + domain + "; got " + Args.plain(v) + ".");
      }
      return f.applyAsDouble(v);
    }, req("x", Kind.NUMBER));
  }

  private static Fn fold(String name, String doc, DoubleBinaryOperator op) {
    return Fn.of(name, Kind.NUMBER, doc, (c, a) -> {
      if (a.get("a") instanceof List<?>) {
        InvalidRequestException.require(!a.has("b"), "%s takes two numbers or one list, not a list and a number.", name);
        double[] v = numbers(a, "a");
        InvalidRequestException.require(v.length > 0, "%s of an empty list has no value.", name);
        double r = v[0];
        for (double d : v) r = op.applyAsDouble(r, d);
        return r;
      }
      InvalidRequestException.require(a.has("b"), "%s needs two numbers or one list; got one number.", name);
      return op.applyAsDouble(a.number("a"), a.number("b"));
    }, req("a", Kind.ANY), opt("b", Kind.NUMBER, null));
  }

  static double clip(double x, double lo, double hi) {
    InvalidRequestException.require(lo <= hi, "clip(x, lo, hi) needs lo ≤ hi; got lo = %s, hi = %s.", Args.plain(lo), Args.plain(hi));
    return Math.min(Math.max(x, lo), hi);
  }

  static double[] numbers(Args a, String name) {
    List<?> l = a.as(name, List.class, "a list of numbers");
    double[] out = new double[l.size()];
    for (int i = 0; i < out.length; i++) {
      if (!(l.get(i) instanceof Number n)) {
        throw new InvalidRequestException("Argument '" + name + "' must hold numbers; item " + (i + 1) + " is " + Kinds.describe(l.get(i)) + ".");
      }
      out[i] = n.doubleValue();
    }
    return out;
  }

  static List<Boolean> booleans(Args a, String name) {
    List<?> l = a.as(name, List.class, "a list of booleans");
    java.util.ArrayList<Boolean> out = new java.util.ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      if (!(l.get(i) instanceof Boolean b)) {
        throw new InvalidRequestException("Argument '" + name + "' must hold booleans; item " + (i + 1) + " is " + Kinds.describe(l.get(i)) + ".");
      }
      out.add(b);
    }
    return out;
  }

  /** Σ v_i by Neumaier's compensated summation. */
  static double sum(double[] v) {
    double s = 0;
    double comp = 0;
    for (double x : v) {
      double t = s + x;
      comp += Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
      s = t;
    }
    return s + comp;
  }

  private static double len(Object v) {
    if (v instanceof List<?> l) return l.size();
    if (v instanceof Table t) return t.rowCount();
    if (v instanceof Map<?, ?> m) return m.size();
    if (v instanceof String s) return s.length();
    throw new InvalidRequestException("len needs a list, a table, a record or a string, not " + Kinds.describe(v) + ".");
  }

  /** C(n, k) as a double, exact below 2^53. */
  static double choose(int n, int k) {
    if (k > n) return 0;
    k = Math.min(k, n - k);
    double r = 1;
    for (int i = 1; i <= k; i++) r = r * (n - k + i) / i;
    return Math.rint(r) == r || r > 9e15 ? r : Math.rint(r);
  }
}
