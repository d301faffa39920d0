package org.nnl.lang.eval.builtin.output;

import java.util.List;
import java.util.Map;
import org.nnl.core.Estimate;
import org.nnl.core.Table;
import org.nnl.core.act.Activation;
import org.nnl.core.linalg.Mat;
import org.nnl.core.text.Numbers;
import org.nnl.lang.library.Kinds;

/**
 * A value as {@code print} and the REPL show it: numbers with {@code digits} significant
 * digits (whole numbers as integers), estimates as {@code mean ± stderr} (the standard error to
 * two significant digits), tables as aligned columns under a header line, lists as
 * {@code [1, 2]}, records as {@code {n: 4, gap: 0.01}}, strings quoted inside lists and records,
 * activations by name and other core objects like their declaration (their toString()).
 */
public final class ValueFormat {
  private ValueFormat() {}

  /** Significant digits of a standard error. */
  static final int STDERR_DIGITS = 2;

  public static String format(Object v, int digits) {
    if (v instanceof String s) return quote(s);
    return inner(v, digits);
  }

  /** A value inside a list, record or table cell (strings quoted). */
  static String inner(Object v, int digits) {
    if (v == null) return "nothing";
    if (v instanceof Number n) return Numbers.format(n.doubleValue(), digits);
    if (v instanceof Boolean b) return b.toString();
    if (v instanceof String s) return quote(s);
    if (v instanceof Table t) return TableFormat.format(t, digits);
    if (v instanceof Activation a) return a.name();
    if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? ", " : "").append(inner(l.get(i), digits));
      return sb.append(']').toString();
    }
    if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        sb.append(first ? "" : ", ").append(e.getKey()).append(": ").append(inner(e.getValue(), digits));
        first = false;
      }
      return sb.append('}').toString();
    }
    if (v instanceof double[] xs) {
      StringBuilder sb = new StringBuilder("[");
      for (int i = 0; i < xs.length; i++) sb.append(i > 0 ? ", " : "").append(Numbers.format(xs[i], digits));
      return sb.append(']').toString();
    }
    if (v instanceof Mat m) return inner(rows(m), digits);
    Estimate e = Kinds.estimate(v);
    if (e != null) return e.count() == 1 ? oneDraw(e.mean(), digits) : estimate(e.mean(), e.stderr(), digits);
    return v.toString();
  }

  /** An estimate from one sample, whose standard error cannot be estimated. */
  public static String oneDraw(double mean, int digits) {
    return Numbers.format(mean, digits) + " (one draw: no standard error)";
  }

  /** {@code mean ± stderr}. */
  public static String estimate(double mean, double stderr, int digits) {
    return Numbers.format(mean, digits) + " ± " + Numbers.format(stderr, Math.min(digits, STDERR_DIGITS));
  }

  private static List<double[]> rows(Mat m) {
    java.util.ArrayList<double[]> out = new java.util.ArrayList<>();
    for (int i = 0; i < m.rows; i++) out.add(m.row(i));
    return out;
  }

  static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
