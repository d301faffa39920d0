package org.nnl.lang;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Progress;
import org.nnl.core.Table;
import org.nnl.core.act.Activations;
import org.nnl.lang.eval.Services;
import org.nnl.lang.eval.builtin.Builtin;

/**
 * The services of a class path without the built-in catalog (the core and the language alone):
 * no built-in functions, the core's activations, plain printing (numbers with the session's
 * significant digits, whole numbers as integers), and save/plot refused with a clear message.
 */
final class CoreOnlyServices implements Services {
  @Override
  public List<Builtin> lookup(String name) {
    return List.of();
  }

  @Override
  public Set<String> functionNames() {
    return Set.of();
  }

  @Override
  public Set<String> activationNames() {
    return new TreeSet<>(Activations.names());
  }

  @Override
  public String format(Object v, int digits) {
    if (v instanceof Double d) return number(d, digits);
    if (v instanceof Estimate e) {
      return number(e.mean(), digits) + (e.count() == 1 ? " (one draw: no standard error)" : " ± " + number(e.stderr(), 2));
    }
    if (v instanceof List<?> l) {
      StringBuilder sb = new StringBuilder("[");
      for (Object x : l) sb.append(sb.length() > 1 ? ", " : "").append(format(x, digits));
      return sb.append(']').toString();
    }
    if (v instanceof Map<?, ?> m) {
      StringBuilder sb = new StringBuilder("{");
      m.forEach((k, x) -> sb.append(sb.length() > 1 ? ", " : "").append(k).append(": ").append(format(x, digits)));
      return sb.append('}').toString();
    }
    if (v instanceof String s) return "\"" + s + "\"";
    return String.valueOf(v);
  }

  /** {@code d} rounded to {@code digits} significant digits; whole numbers print without a point. */
  static String number(double d, int digits) {
    if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    BigDecimal b = new BigDecimal(d).round(new MathContext(digits));
    String s = b.stripTrailingZeros().toString();
    return s.replace("E+", "e").replace("E", "e");
  }

  @Override
  public void save(Object value, Path file) {
    throw new InvalidRequestException("Saving needs NNL's built-in runtime, which is not on the class path.");
  }

  @Override
  public void plot(Table table, String x, List<String> ys, String log, Path file) {
    throw new InvalidRequestException("Plotting needs NNL's built-in runtime, which is not on the class path.");
  }

  @Override
  public Progress terminalProgress(PrintStream err) {
    return Progress.SILENT;
  }
}
