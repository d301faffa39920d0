package org.nnl.lang.eval;

import java.util.Set;
import org.nnl.lang.ast.Expr;

/** Whether an expression mentions one of some names (a sweep domain depending on an earlier variable). */
final class Mentions {
  private Mentions() {}

  static boolean any(Expr e, Set<String> names) {
    if (names.isEmpty()) return false;
    if (e instanceof Expr.Name n) return names.contains(n.name());
    if (e instanceof Expr.Unary u) return any(u.operand(), names);
    if (e instanceof Expr.Binary top) {
      java.util.List<Expr.Binary> spine = org.nnl.lang.ast.Spine.of(top);
      if (any(spine.get(0).left(), names)) return true;
      for (Expr.Binary b : spine) if (any(b.right(), names)) return true;
      return false;
    }
    if (e instanceof Expr.Call c) {
      if (any(c.callee(), names)) return true;
      for (Expr.Arg a : c.args()) if (any(a.value(), names)) return true;
      return false;
    }
    if (e instanceof Expr.Field f) return any(f.target(), names);
    if (e instanceof Expr.ListOf l) return l.items().stream().anyMatch(x -> any(x, names));
    if (e instanceof Expr.Range r) return any(r.from(), names) || any(r.to(), names);
    if (e instanceof Expr.Chain c) return c.widths().stream().anyMatch(x -> any(x, names));
    if (e instanceof Expr.RecordOf r) return r.fields().stream().anyMatch(f -> any(f.value(), names));
    if (e instanceof Expr.Sweep s) {
      return s.vars().stream().anyMatch(v -> any(v.values(), names))
          || s.fields().stream().anyMatch(f -> any(f.value(), names));
    }
    return false;
  }
}
