package org.nnl.lang.check;

import org.nnl.lang.ast.BinaryOp;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.UnaryOp;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Kinds;

/**
 * Checks the formula of {@code activation f(x) = ...}: numbers, the parameter, numeric names
 * of the session, {@code + - * / ^}, unary minus, the functions of {@link FormulaRules} with
 * their arities, and activations applied to one argument.
 */
final class FormulaChecker {
  private final Checker checker;
  private final Scope scope;
  private final String param;

  FormulaChecker(Checker checker, Scope scope, String param) {
    this.checker = checker;
    this.scope = scope;
    this.param = param;
  }

  void check(Expr e) {
    if (e instanceof Expr.Num) return;
    if (e instanceof Expr.Name n) {
      if (n.name().equals(param)) return;
      Kind k = scope.lookup(n.name());
      if (k == Kind.NUMBER || k == Kind.ANY) return;
      if (k == null) {
        checker.unknown(n, scope, "name", scope.ofKind(Kind.NUMBER));
      } else {
        checker.error(n.span(), "'" + n.name() + "' is " + Kinds.article(k) + "; an activation's formula needs numbers"
            + (k == Kind.ACTIVATION ? ", e.g. " + n.name() + "(" + param + ")." : "."));
      }
    } else if (e instanceof Expr.Unary u && u.op() == UnaryOp.NEGATE) {
      check(u.operand());
    } else if (e instanceof Expr.Binary top && arithmetic(top)) {
      // The left spine with a loop (a long sum is not a deep recursion); other operators stop it.
      Expr cur = top;
      java.util.ArrayDeque<Expr> rights = new java.util.ArrayDeque<>();
      while (cur instanceof Expr.Binary b && arithmetic(b)) {
        rights.push(b.right());
        cur = b.left();
      }
      check(cur);
      while (!rights.isEmpty()) check(rights.pop());
    } else if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name n) {
      call(c, n);
    } else {
      checker.error(e.span(), "An activation's formula may use numbers, '" + param + "', + - * / ^, the functions "
          + FormulaRules.KNOWN + ", and other activations.");
    }
  }

  /** {@code + - * / ^}, the operators a formula may use. */
  private static boolean arithmetic(Expr.Binary b) {
    return b.op().family() == BinaryOp.Family.ARITHMETIC;
  }

  private void call(Expr.Call c, Expr.Name n) {
    Integer arity = FormulaRules.FUNCTIONS.get(n.name());
    if (arity == null) {
      Kind k = scope.lookup(n.name());
      if (k == Kind.ACTIVATION) {
        arity = 1;
      } else if (k == null) {
        java.util.Set<String> known = new java.util.TreeSet<>(FormulaRules.FUNCTIONS.keySet());
        known.addAll(scope.ofKind(Kind.ACTIVATION));
        checker.error(n.span(), "Unknown function '" + n.name() + "' in an activation's formula."
            + Checker.hint(n.name(), known, "Known: "));
        return;
      } else {
        checker.error(n.span(), "'" + n.name() + "' is " + Kinds.article(k) + " and cannot be applied in a formula.");
        return;
      }
    }
    for (Expr.Arg a : c.args()) {
      if (a.name() != null) checker.error(a.nameSpan(), "Functions in a formula take no named arguments.");
      check(a.value());
    }
    if (c.args().size() != arity) {
      checker.error(c.span(), "'" + n.name() + "' takes " + arity + " argument" + (arity == 1 ? "" : "s")
          + ", got " + c.args().size() + ".");
    }
  }
}
