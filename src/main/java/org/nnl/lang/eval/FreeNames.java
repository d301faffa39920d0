package org.nnl.lang.eval;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Span;
import org.nnl.lang.ast.Stmt;

/** The names an expression or a declaring statement reads from its surroundings, with their first span. */
final class FreeNames {
  private FreeNames() {}

  /** Free names of what {@code s} evaluates (a declaration's value, a user activation's body); empty otherwise. */
  static Map<String, Span> of(Stmt s) {
    Map<String, Span> out = new LinkedHashMap<>();
    if (s instanceof Stmt.Declaration d) walk(d.value(), Set.of(), out);
    if (s instanceof Stmt.UserActivation u) walk(u.body(), Set.of(u.param()), out);
    return out;
  }

  /** Free names of a sweep: of its domains and fields, its variables bound where they are. */
  static Map<String, Span> ofSweep(Expr.Sweep s) {
    Map<String, Span> out = new LinkedHashMap<>();
    walk(s, Set.of(), out);
    return out;
  }

  private static void walk(Expr e, Set<String> bound, Map<String, Span> out) {
    if (e instanceof Expr.Name n) {
      if (!bound.contains(n.name())) out.putIfAbsent(n.name(), n.span());
    } else if (e instanceof Expr.Sweep s) {
      // a sweep binds its variables for the later domains and for its fields
      Set<String> inner = new HashSet<>(bound);
      for (Expr.SweepVar v : s.vars()) {
        walk(v.values(), inner, out);
        inner.add(v.name());
      }
      for (Expr.FieldInit f : s.fields()) walk(f.value(), inner, out);
    } else {
      for (Expr c : Nodes.children(e)) walk(c, bound, out);
    }
  }
}
