package org.nnl.repl;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnl.core.act.Activations;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Fn;

/**
 * The text of {@code :help}: an overview (commands, statements, built-ins, activations), or one
 * topic — a built-in's formula and example (the catalog's doc) with its arguments and defaults,
 * an activation, a statement's syntax, or a command.
 */
final class Help {
  /** Statement keyword → syntax and meaning (language.md). */
  static final Map<String, String> STATEMENTS = new LinkedHashMap<>();

  static {
    STATEMENTS.put("activation", "activation NAME | activation NAME = EXPR | activation NAME(x) = EXPR_IN_x — bind an activation (normalized: E σ(X)² = 1).");
    STATEMENTS.put("architecture", "architecture NAME = dense(...) | sumrelu(...) | conv(...) — bind an architecture.");
    STATEMENTS.put("distribution", "distribution NAME = sphere(d) | gaussian(d) | cube(d) | csv(\"file\") — bind an input distribution.");
    STATEMENTS.put("learner", "learner NAME = polyreg(...) | kernelreg(...) | sgd(...) — bind a learner.");
    STATEMENTS.put("let", "let NAME = EXPR — bind any other value.");
    STATEMENTS.put("print", "print EXPR, EXPR, ... — one line, values separated by two spaces.");
    STATEMENTS.put("for", "for NAME in EXPR { ... } — loop over a range, a list or a table's rows.");
    STATEMENTS.put("sweep", "sweep a in A, b in B { f1: EXPR, f2: EXPR } — a table with columns a, b, f1, f2 over every combination.");
    STATEMENTS.put("seed", "seed N — restarts the seed stream (default 1): each call without seed: takes its next seed, the first N itself.");
    STATEMENTS.put("digits", "digits N — significant digits printed (default 6).");
    STATEMENTS.put("save", "save EXPR to \"file.csv\" — a table to CSV (or .json), written atomically.");
    STATEMENTS.put("plot", "plot TABLE, x: COL, y: COL | [COL, ...], log: \"y\", to: \"file.png\" — a chart (PNG or SVG).");
    STATEMENTS.put("import", "import \"other.nnl\" — run another script into this session.");
  }

  private final Map<String, List<Builtin>> builtins;

  Help(Map<String, List<Builtin>> builtins) {
    this.builtins = builtins;
  }

  String overview() {
    StringBuilder sb = new StringBuilder("Commands:\n");
    for (String c : Commands.NAMES) sb.append(String.format("  %-14s %s%n", c, Commands.summary(c)));
    sb.append("Statements: ").append(String.join(", ", STATEMENTS.keySet())).append('\n');
    sb.append("Built-ins:\n").append(wrap(new ArrayList<>(builtins.keySet())));
    sb.append("Activations: ").append(String.join(", ", Activations.names())).append('\n');
    sb.append("Type :help NAME for one of them (formula and example); Tab completes names and named arguments.");
    return sb.toString();
  }

  /** The help of {@code topic}, or a message naming what exists. */
  String topic(String topic) {
    String t = topic.strip();
    List<Builtin> overloads = builtins.get(t);
    if (overloads != null) {
      StringBuilder sb = new StringBuilder();
      for (Builtin b : overloads) {
        if (sb.length() > 0) sb.append('\n');
        sb.append(b.doc());
        if (!b.doc().startsWith(Fn.signature(b))) sb.append('\n').append("  arguments: ").append(Fn.signature(b));
      }
      return sb.toString();
    }
    if (STATEMENTS.containsKey(t)) return STATEMENTS.get(t);
    if (Activations.names().contains(t)) {
      return t + " — a built-in activation, normalized so that E σ(X)² = 1 for X ~ N(0, 1); raw(" + t
          + ") is the unnormalized function. Example: hermite(" + t + ", 6)";
    }
    String command = t.startsWith(":") ? t : ":" + t;
    if (Commands.NAMES.contains(command)) return command + " — " + Commands.summary(command);
    return "No help for '" + t + "'. Type :help for the list of commands, statements and built-ins.";
  }

  private static String wrap(List<String> words) {
    StringBuilder sb = new StringBuilder();
    StringBuilder line = new StringBuilder(" ");
    for (String w : words) {
      if (line.length() + w.length() + 2 > 78) {
        sb.append(line).append('\n');
        line = new StringBuilder(" ");
      }
      line.append(' ').append(w);
    }
    if (line.length() > 1) sb.append(line).append('\n');
    return sb.toString();
  }
}
