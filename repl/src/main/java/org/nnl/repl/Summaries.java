package org.nnl.repl;

import org.nnl.core.Table;
import org.nnl.core.learn.Model;
import org.nnl.lang.Session;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Kinds;

/** Kind names and one-line summaries of values, for declaration echoes, {@code :vars} and completion. */
final class Summaries {
  static final int WIDTH = 72;

  private Summaries() {}

  /**
   * The language's name for the kind of {@code v} ({@link Kinds#of}, lower case: number, bool, table,
   * architecture, data, function, ...); for a value NNL has no kind for, its class's simple name.
   */
  static String kindOf(Object v) {
    if (v == null) return "nothing";
    Kind k = Kinds.of(v);
    return (k == Kind.ANY ? v.getClass().getSimpleName() : k.name()).toLowerCase(java.util.Locale.ROOT);
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
