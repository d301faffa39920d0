package org.nnl.lang.check;

import org.nnl.core.text.Messages;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.nnl.lang.ast.BinaryOp;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Spine;
import org.nnl.lang.ast.UnaryOp;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Kinds;
import org.nnl.lang.library.Library;

/** Infers the kind of an expression and reports the problems inside it. */
final class ExprChecker {
  private final Checker checker;
  private final Library library;
  private final Scope scope;

  ExprChecker(Checker checker, Library library, Scope scope) {
    this.checker = checker;
    this.library = library;
    this.scope = scope;
  }

  Kind kind(Expr e) {
    if (e instanceof Expr.Num) return Kind.NUMBER;
    if (e instanceof Expr.Str) return Kind.STRING;
    if (e instanceof Expr.Bool) return Kind.BOOL;
    if (e instanceof Expr.Name n) return name(n);
    if (e instanceof Expr.Unary u) return unary(u);
    if (e instanceof Expr.Binary b) return binary(b);
    if (e instanceof Expr.Call c) return call(c);
    if (e instanceof Expr.Field f) return field(f);
    if (e instanceof Expr.ListOf l) {
      l.items().forEach(this::kind);
      return Kind.LIST;
    }
    if (e instanceof Expr.Range r) {
      checker.expect(r.from(), kind(r.from()), "A range starts at a number", Kind.NUMBER);
      checker.expect(r.to(), kind(r.to()), "A range ends at a number", Kind.NUMBER);
      return Kind.LIST;
    }
    if (e instanceof Expr.Chain c) {
      for (Expr w : c.widths()) checker.expect(w, kind(w), "A width chain needs numbers", Kind.NUMBER);
      return Kind.LIST;
    }
    if (e instanceof Expr.RecordOf r) {
      fields(r.fields(), new HashSet<>(), this);
      return Kind.RECORD;
    }
    if (e instanceof Expr.Sweep s) return sweep(s);
    throw new IllegalStateException("unknown expression " + e);
  }

  private Kind name(Expr.Name n) {
    Kind k = scope.lookup(n.name());
    if (k != null) return k;
    if (!library.lookup(n.name()).isEmpty()) {
      checker.error(n.span(), "'" + n.name() + "' is a function; call it with its arguments, e.g. "
          + n.name() + "(" + paramNames(library.lookup(n.name()).get(0)) + ").");
      return Kind.ANY;
    }
    return checker.unknown(n, scope, "name", scope.all());
  }

  private Kind unary(Expr.Unary u) {
    Kind k = kind(u.operand());
    if (u.op() == UnaryOp.NOT) {
      checker.expect(u.operand(), k, "'not' needs a boolean", Kind.BOOL);
      return Kind.BOOL;
    }
    checker.expect(u.operand(), k, "'-' needs a number", Kind.NUMBER, Kind.ESTIMATE);
    return k == Kind.ESTIMATE ? Kind.ESTIMATE : Kind.NUMBER;
  }

  /** Folds over the left spine (a long sum is a loop, not a recursion). */
  private Kind binary(Expr.Binary top) {
    List<Expr.Binary> spine = Spine.of(top);
    Kind l = kind(spine.get(0).left());
    for (Expr.Binary b : spine) l = binary(b, l, kind(b.right()));
    return l;
  }

  private Kind binary(Expr.Binary b, Kind l, Kind r) {
    return switch (b.op().family()) {
      case LOGICAL -> {
        String needs = "'" + b.op().symbol() + "' needs booleans";
        checker.expect(b.left(), l, needs, Kind.BOOL);
        checker.expect(b.right(), r, needs, Kind.BOOL);
        yield Kind.BOOL;
      }
      case EQUALITY -> Kind.BOOL;
      case ORDER -> {
        if (!(numeric(l) && numeric(r)) && !(l == Kind.STRING && r == Kind.STRING)) {
          checker.error(b.opSpan(), "Cannot compare " + Kinds.article(l) + " with " + Kinds.article(r) + ".");
        }
        yield Kind.BOOL;
      }
      case ARITHMETIC -> arithmetic(b, l, r);
    };
  }

  private Kind arithmetic(Expr.Binary b, Kind l, Kind r) {
    if (l == Kind.ANY || r == Kind.ANY) return Kind.ANY;
    BinaryOp op = b.op();
    if (op == BinaryOp.ADD && (l == Kind.STRING || r == Kind.STRING)) return Kind.STRING;
    if (l == Kind.NUMBER && r == Kind.NUMBER) return Kind.NUMBER;
    boolean estimate = (l == Kind.ESTIMATE && r == Kind.NUMBER)
        || (r == Kind.ESTIMATE && l == Kind.NUMBER && (op == BinaryOp.ADD || op == BinaryOp.MULTIPLY));
    if (estimate && op != BinaryOp.POWER) return Kind.ESTIMATE;
    checker.error(b.opSpan(), "Cannot apply '" + op.symbol() + "' to " + Kinds.article(l) + " and " + Kinds.article(r) + ".");
    return Kind.ANY;
  }

  private static boolean numeric(Kind k) {
    return k == Kind.NUMBER || k == Kind.ESTIMATE || k == Kind.ANY;
  }

  private Kind call(Expr.Call c) {
    if (c.callee() instanceof Expr.Name n) {
      Kind v = scope.lookup(n.name());
      List<Builtin> overloads = library.lookup(n.name());
      boolean valueCall = v != null && (Kinds.callable(v) && (v != Kind.ANY || overloads.isEmpty()));
      if (!valueCall && !overloads.isEmpty()) return new CallChecker(checker, library, scope, this).check(c, overloads);
      checker.resolution().putCall(c, new ResolvedCall.OfValue(!overloads.isEmpty()));
      if (v == null) {
        Set<String> candidates = new LinkedHashSet<>(library.functionNames());
        for (String s : scope.all()) if (Kinds.callable(scope.lookup(s))) candidates.add(s);
        c.args().forEach(a -> kind(a.value()));
        return checker.unknown(n, scope, "function", candidates);
      }
    }
    Kind callee = kind(c.callee());
    if (!Kinds.callable(callee)) {
      checker.error(c.callee().span(), Messages.capitalized(Kinds.article(callee)) + " cannot be called.");
    }
    for (Expr.Arg a : c.args()) {
      kind(a.value());
      if (a.name() != null) checker.error(a.nameSpan(), "Named arguments are for built-in functions; pass the point alone.");
    }
    if (c.args().size() != 1) checker.error(c.span(), "Calling " + Kinds.article(callee) + " takes one argument (a point), got "
        + c.args().size() + ".");
    return callee == Kind.ACTIVATION ? Kind.NUMBER : Kind.ANY;
  }

  private Kind field(Expr.Field f) {
    Kind t = kind(f.target());
    switch (t) {
      case TABLE:
        return Kind.LIST;
      case ESTIMATE:
        return Kind.NUMBER;
      case NUMBER, STRING, BOOL, LIST:
        checker.error(f.fieldSpan(), Messages.capitalized(Kinds.article(t)) + " has no field '" + f.field() + "'.");
        return Kind.ANY;
      default:
        return Kind.ANY;
    }
  }

  private Kind sweep(Expr.Sweep s) {
    Scope inner = new Scope(scope);
    Set<String> columns = new HashSet<>();
    ExprChecker sub = new ExprChecker(checker, library, inner);
    for (Expr.SweepVar v : s.vars()) {
      Kind k = sub.kind(v.values());
      checker.expect(v.values(), k, "'sweep' needs a list or a range for '" + v.name() + "'", Kind.LIST);
      if (!columns.add(v.name())) checker.error(v.nameSpan(), "Column '" + v.name() + "' appears twice.");
      inner.define(v.name(), v.values() instanceof Expr.Range ? Kind.NUMBER : Kind.ANY);
    }
    fields(s.fields(), columns, sub);
    return Kind.TABLE;
  }

  private void fields(List<Expr.FieldInit> fields, Set<String> seen, ExprChecker sub) {
    for (Expr.FieldInit f : fields) {
      if (!seen.add(f.name())) checker.error(f.nameSpan(), "Field '" + f.name() + "' appears twice.");
      sub.kind(f.value());
    }
  }

  static String paramNames(Builtin b) {
    StringBuilder sb = new StringBuilder();
    for (var p : b.params()) {
      if (!p.required()) break;
      if (sb.length() > 0) sb.append(", ");
      sb.append(p.name());
    }
    return sb.toString();
  }
}
