package org.nnl.repl;

import java.util.List;
import java.util.Map;
import org.nnl.lang.Session;
import org.nnl.lang.eval.builtin.Builtin;

/** The built-in catalog as the REPL uses it: name → overloads, sorted by name. */
final class Catalogs {
  private Catalogs() {}

  static Map<String, List<Builtin>> of(Session session) {
    return session.builtins();
  }
}
