package org.nnl.lang.eval;

import java.util.Set;
import org.nnl.lang.ast.Expr;

/** Whether an expression mentions one of some names (a sweep domain depending on an earlier variable). */
final class Mentions {
  private Mentions() {}

  static boolean any(Expr e, Set<String> names) {
    if (names.isEmpty()) return false;
    if (e instanceof Expr.Name n) return names.contains(n.name());
    for (Expr c : Nodes.children(e)) if (any(c, names)) return true;
    return false;
  }
}
