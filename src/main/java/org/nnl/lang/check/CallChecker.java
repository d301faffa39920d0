package org.nnl.lang.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nnl.core.text.Suggest;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Span;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Fn;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Kinds;
import org.nnl.lang.library.Library;
import org.nnl.lang.library.Param;

/**
 * Checks a call of a built-in against its parameter lists: positional arguments first, named
 * ones with known names, no argument twice, every required one present, kinds that fit. With
 * overloads (gap), the call is fine if one overload fits; otherwise the problems of the nearest
 * overload are reported.
 */
final class CallChecker {
  private record Problem(Span span, String message) {}

  private final Checker checker;
  private final Library library;
  private final Scope scope;
  private final ExprChecker exprs;

  CallChecker(Checker checker, Library library, Scope scope, ExprChecker exprs) {
    this.checker = checker;
    this.library = library;
    this.scope = scope;
    this.exprs = exprs;
  }

  Kind check(Expr.Call c, List<Builtin> overloads) {
    String fn = ((Expr.Name) c.callee()).name();
    boolean named = false;
    for (Expr.Arg a : c.args()) {
      if (a.name() == null && named) {
        checker.error(a.value().span(), "Positional arguments come before named ones.");
        for (Expr.Arg b : c.args()) exprs.kind(b.value());
        return overloads.get(0).result();
      }
      named |= a.name() != null;
    }
    List<Kind> kinds = new ArrayList<>();
    for (Expr.Arg a : c.args()) kinds.add(unknownName(a.value()) ? null : exprs.kind(a.value()));
    Builtin best = null;
    List<Problem> bestProblems = null;
    for (Builtin b : overloads) {
      List<Problem> ps = problems(fn, c, b, kinds);
      if (bestProblems == null || ps.size() < bestProblems.size()) {
        best = b;
        bestProblems = ps;
      }
    }
    for (Problem p : bestProblems) checker.error(p.span(), p.message());
    if (bestProblems.isEmpty()) checker.resolution().putCall(c, resolve(c, overloads, kinds));
    for (int i = 0; i < c.args().size(); i++) {
      if (kinds.get(i) != null) continue;
      Expr.Name n = (Expr.Name) c.args().get(i).value();
      Param p = paramOf(best, c.args(), i);
      if (p != null && p.kind() == Kind.ACTIVATION) {
        Set<String> acts = new LinkedHashSet<>(library.activationNames());
        acts.addAll(scope.ofKind(Kind.ACTIVATION));
        checker.unknown(n, scope, "activation", acts);
      } else {
        checker.unknown(n, scope, "name", scope.all());
      }
    }
    return best.result();
  }

  /** The overloads the call's shape fits, with their bindings; the choice among them when the kinds make it. */
  private static ResolvedCall.OfBuiltin resolve(Expr.Call c, List<Builtin> overloads, List<Kind> kinds) {
    List<ResolvedCall.Binding> candidates = new ArrayList<>();
    for (Builtin b : overloads) {
      ResolvedCall.Binding binding = ResolvedCall.Binding.of(b, c.args());
      if (binding != null) candidates.add(binding);
    }
    return ResolvedCall.OfBuiltin.of(candidates, kinds);
  }

  private boolean unknownName(Expr e) {
    return e instanceof Expr.Name n && scope.lookup(n.name()) == null && library.lookup(n.name()).isEmpty();
  }

  private static Param paramOf(Builtin b, List<Expr.Arg> args, int i) {
    Expr.Arg a = args.get(i);
    if (a.name() == null) return i < b.params().size() ? b.params().get(i) : null;
    for (Param p : b.params()) if (p.name().equals(a.name())) return p;
    return null;
  }

  private List<Problem> problems(String fn, Expr.Call c, Builtin b, List<Kind> kinds) {
    List<Problem> out = new ArrayList<>();
    List<Param> params = b.params();
    Map<String, Expr.Arg> given = new HashMap<>();
    int positional = 0;
    for (int i = 0; i < c.args().size(); i++) {
      Expr.Arg a = c.args().get(i);
      Param p;
      if (a.name() == null) {
        if (positional >= params.size()) {
          out.add(new Problem(a.value().span(), Fn.signature(fn, params) + " takes at most " + params.size()
              + " argument" + (params.size() == 1 ? "" : "s") + "."));
          continue;
        }
        p = params.get(positional++);
      } else {
        p = null;
        for (Param q : params) if (q.name().equals(a.name())) p = q;
        if (p == null) {
          List<String> names = new ArrayList<>();
          for (Param q : params) names.add(q.name());
          String hint = Suggest.didYouMean(a.name(), names);
          out.add(new Problem(a.nameSpan(), "Unknown argument '" + a.name() + "' for " + fn + "."
              + (hint.isEmpty() ? " Expected: " + String.join(", ", names) + "." : hint)));
          continue;
        }
      }
      if (given.put(p.name(), a) != null) {
        out.add(new Problem(a.name() == null ? a.value().span() : a.nameSpan(),
            "Argument '" + p.name() + "' of " + fn + " is given twice."));
        continue;
      }
      Kind k = kinds.get(i);
      if (k != null && !Kinds.fits(p.kind(), k)) {
        out.add(new Problem(a.value().span(), "Argument '" + p.name() + "' of " + fn + " needs "
            + Kinds.article(p.kind()) + ", not " + Kinds.article(k) + "."));
      }
    }
    for (Param p : params) {
      if (p.required() && !given.containsKey(p.name())) {
        out.add(new Problem(c.span(), "Missing argument '" + p.name() + "' of " + Fn.signature(fn, params) + "."));
      }
    }
    return out;
  }
}
