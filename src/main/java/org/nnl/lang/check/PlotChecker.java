package org.nnl.lang.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Stmt;
import org.nnl.lang.library.Kind;

/**
 * Checks {@code plot TABLE, x: COL, y: COL | [COL, ...], log: "x"|"y"|"xy", to: "file"}: column
 * names are bare names or strings (not variables), {@code x}, {@code y} and {@code to} are required
 * ({@code to} not when the host shows charts inline).
 */
final class PlotChecker {
  static final List<String> OPTIONS = List.of("x", "y", "log", "to");

  private final Checker checker;

  PlotChecker(Checker checker) {
    this.checker = checker;
  }

  void check(Stmt.Plot plot, Kind table, Function<Expr, Kind> kindOf) {
    checker.expect(plot.table(), table, "'plot' needs a table", Kind.TABLE);
    Set<String> seen = new HashSet<>();
    for (Expr.Arg a : plot.options()) {
      if (a.name() == null) {
        checker.error(a.value().span(), "Plot options are named: x: COLUMN, y: COLUMN, log: \"y\", to: \"file.png\".");
        continue;
      }
      if (!OPTIONS.contains(a.name())) {
        checker.error(a.nameSpan(), "Unknown plot option '" + a.name() + "'." + Checker.hint(a.name(),
            new java.util.TreeSet<>(OPTIONS), "Known: "));
        continue;
      }
      if (!seen.add(a.name())) checker.error(a.nameSpan(), "Plot option '" + a.name() + "' is given twice.");
      switch (a.name()) {
        case "x" -> column(a.value());
        case "y" -> {
          if (a.value() instanceof Expr.ListOf l) l.items().forEach(this::column);
          else column(a.value());
        }
        default -> checker.expect(a.value(), kindOf.apply(a.value()), "Plot option '" + a.name() + "' needs a string",
            Kind.STRING);
      }
    }
    for (String required : checker.inlinePlots() ? List.of("x", "y") : List.of("x", "y", "to")) {
      if (!seen.contains(required)) checker.error(plot.span(), "'plot' needs '" + required + ":'.");
    }
  }

  private void column(Expr e) {
    if (!(e instanceof Expr.Name) && !(e instanceof Expr.Str)) {
      checker.error(e.span(), "A plot column is a column name, e.g. x: n or y: [gap, bound].");
    }
  }
}
