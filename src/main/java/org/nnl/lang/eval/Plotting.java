package org.nnl.lang.eval;

import java.util.ArrayList;
import java.util.List;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Stmt;
import org.nnl.lang.library.Kinds;

/**
 * Runs {@code plot TABLE, x: COL, y: COL | [COLS], log: "y", to: "file"}; column options are names,
 * not variables. With a {@link Display} (a notebook) the chart is also shown, and {@code to:} is optional.
 */
final class Plotting {
  private final Interpreter interp;
  private final Evaluator eval;

  Plotting(Interpreter interp, Evaluator eval) {
    this.interp = interp;
    this.eval = eval;
  }

  void plot(Stmt.Plot pl, Env env) {
    Object t = eval.eval(pl.table(), env);
    if (!(t instanceof Table table)) throw new EvalError(pl.table().span(), "'plot' needs a table, not " + Kinds.describe(t) + ".");
    String x = null;
    List<String> ys = new ArrayList<>();
    String log = null;
    String to = null;
    for (Expr.Arg a : pl.options()) {
      switch (a.name()) {
        case "x" -> x = column(a.value(), table);
        case "y" -> {
          if (a.value() instanceof Expr.ListOf l) for (Expr e : l.items()) ys.add(column(e, table));
          else ys.add(column(a.value(), table));
        }
        case "log" -> log = string(a.value(), env);
        default -> to = string(a.value(), env);
      }
    }
    if (log != null && !List.of("x", "y", "xy", "yx", "").contains(log)) {
      throw new EvalError(pl.span(), "'log' is \"x\", \"y\" or \"xy\", not \"" + log + "\".");
    }
    String scale = log == null || log.isEmpty() ? null : log;
    Display display = interp.display();
    if (to == null && display == null) throw new EvalError(pl.span(), "'plot' needs 'to:'.");
    java.nio.file.Path target = null;
    if (to != null) {
      try {
        target = interp.resolve(to);
      } catch (InvalidRequestException e) {
        Expr.Arg toArg = pl.options().stream().filter(a -> "to".equals(a.name())).findFirst().orElse(null);
        throw new EvalError(toArg == null ? pl.span() : toArg.value().span(), e.getMessage());
      }
    }
    try {
      if (target != null) interp.services().plot(table, x, ys, scale, target);
      if (display != null) {
        byte[] png = interp.services().render(table, x, ys, scale, "png");
        byte[] svg = interp.services().render(table, x, ys, scale, "svg");
        display.chart(png, new String(svg, java.nio.charset.StandardCharsets.UTF_8));
      }
    } catch (InvalidRequestException e) {
      throw new EvalError(pl.span(), e.getMessage());
    }
  }

  private static String column(Expr e, Table table) {
    String name = e instanceof Expr.Name n ? n.name() : ((Expr.Str) e).value();
    if (!table.columns().contains(name)) {
      throw new EvalError(e.span(), "The table has no column '" + name + "'. Columns: "
          + String.join(", ", table.columns()) + ".");
    }
    return name;
  }

  private String string(Expr e, Env env) {
    Object v = eval.eval(e, env);
    if (v instanceof String s) return s;
    throw new EvalError(e.span(), "Expected a string, not " + Kinds.describe(v) + ".");
  }
}
