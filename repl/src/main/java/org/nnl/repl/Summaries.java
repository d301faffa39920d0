package org.nnl.repl;

import java.util.List;
import java.util.Map;
import org.nnl.core.Estimate;
import org.nnl.core.Table;
import org.nnl.core.act.Activation;
import org.nnl.core.dist.DataSet;
import org.nnl.core.dist.Distribution;
import org.nnl.core.learn.Learner;
import org.nnl.core.learn.Model;
import org.nnl.core.net.Architecture;
import org.nnl.core.net.Network;
import org.nnl.core.predict.Predictor;
import org.nnl.lang.Session;

/** Kind names and one-line summaries of values, for declaration echoes, {@code :vars} and completion. */
final class Summaries {
  static final int WIDTH = 72;

  private Summaries() {}

  /** The language's name for the kind of {@code v}: number, table, architecture, ... */
  static String kindOf(Object v) {
    if (v instanceof Number) return "number";
    if (v instanceof String) return "string";
    if (v instanceof Boolean) return "bool";
    if (v instanceof List) return "list";
    if (v instanceof Map) return "record";
    if (v instanceof Table) return "table";
    if (v instanceof Estimate) return "estimate";
    if (v instanceof Activation) return "activation";
    if (v instanceof Architecture) return "architecture";
    if (v instanceof Network) return "network";
    if (v instanceof Distribution) return "distribution";
    if (v instanceof DataSet) return "data";
    if (v instanceof Learner) return "learner";
    if (v instanceof Model) return "model";
    if (v instanceof Predictor) return "function";
    return v == null ? "nothing" : v.getClass().getSimpleName().toLowerCase();
  }

  /** One line describing {@code v}: a table's size and columns, a model's summary, else the printed value cut to fit. */
  static String oneLine(Session session, Object v) {
    String s;
    if (v instanceof Table t) {
      s = t.rowCount() + " rows × " + t.columns().size() + " columns (" + String.join(", ", t.columns()) + ")";
    } else if (v instanceof Model m) {
      s = m.summary();
    } else {
      s = session.format(v);
    }
    int nl = s.indexOf('\n');
    if (nl >= 0) s = s.substring(0, nl) + " ...";
    return s.length() > WIDTH ? s.substring(0, WIDTH - 3) + "..." : s;
  }

  /** {@code name: kind = summary}, the echo of a declaration. */
  static String echo(Session session, String name, Object v) {
    return name + ": " + kindOf(v) + " = " + oneLine(session, v);
  }
}
