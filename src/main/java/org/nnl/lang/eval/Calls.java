package org.nnl.lang.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.act.Activation;
import org.nnl.core.predict.Predictor;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Span;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Kinds;
import org.nnl.lang.library.Param;
import org.nnl.lang.library.Points;

/**
 * Calls: a built-in (arguments matched to its parameters, positional first, then named, then
 * defaults; among overloads the first whose parameters and kinds fit), or a value: an activation
 * applied to a number, a network or model applied to a point (or a list of points).
 */
final class Calls {
  private final Interpreter interp;
  private final Evaluator eval;

  Calls(Interpreter interp, Evaluator eval) {
    this.interp = interp;
    this.eval = eval;
  }

  Object call(Expr.Call c, Env env) {
    if (c.callee() instanceof Expr.Name n) {
      List<Builtin> overloads = interp.services().lookup(n.name());
      Object v = interp.lookup(env, n.name());
      boolean valueCall = interp.defined(env, n.name()) && (v instanceof Activation || v instanceof Predictor
          || overloads.isEmpty());
      if (!valueCall) {
        if (overloads.isEmpty()) throw new EvalError(n.span(), "Unknown function '" + n.name() + "'.");
        return builtin(n.name(), overloads, c, env);
      }
    }
    Object callee = eval.eval(c.callee(), env);
    if (c.args().size() != 1 || c.args().get(0).name() != null) {
      throw new EvalError(c.span(), "Calling " + Kinds.describe(callee) + " takes one argument (a point).");
    }
    Expr arg = c.args().get(0).value();
    return apply(callee, eval.eval(arg, env), c.callee().span(), arg.span());
  }

  private Object builtin(String name, List<Builtin> overloads, Expr.Call c, Env env) {
    List<Object> positional = new ArrayList<>();
    Map<String, Object> named = new LinkedHashMap<>();
    for (Expr.Arg a : c.args()) {
      Object v = eval.eval(a.value(), env);
      if (a.name() == null) positional.add(v);
      else named.put(a.name(), v);
    }
    Builtin chosen = null;
    Map<String, Object> values = null;
    for (Builtin b : overloads) {
      Map<String, Object> m = match(b, positional, named);
      if (m == null) continue;
      if (chosen == null) {
        chosen = b;
        values = m;
      }
      if (fitsKinds(b, m)) {
        chosen = b;
        values = m;
        break;
      }
    }
    if (chosen == null) throw new EvalError(c.span(), "No form of '" + name + "' takes these arguments.");
    interp.enterCall(c.span());
    try {
      return Values.normalize(chosen.call(interp.context(), new Args(values)));
    } catch (InvalidRequestException e) {
      throw new EvalError(c.span(), e.getMessage());
    } finally {
      interp.leaveCall();
    }
  }

  /** Parameter name to value, defaults filled; null when the arguments do not fit the parameters. */
  private static Map<String, Object> match(Builtin b, List<Object> positional, Map<String, Object> named) {
    List<Param> ps = b.params();
    if (positional.size() > ps.size()) return null;
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < positional.size(); i++) m.put(ps.get(i).name(), positional.get(i));
    for (Map.Entry<String, Object> e : named.entrySet()) {
      boolean known = ps.stream().anyMatch(p -> p.name().equals(e.getKey()));
      if (!known || m.containsKey(e.getKey())) return null;
      m.put(e.getKey(), e.getValue());
    }
    for (Param p : ps) {
      if (!m.containsKey(p.name())) {
        if (p.required()) return null;
        m.put(p.name(), p.defaultValue());
      }
    }
    return m;
  }

  private static boolean fitsKinds(Builtin b, Map<String, Object> m) {
    for (Param p : b.params()) {
      Object v = m.get(p.name());
      if (v != null && !Kinds.fits(p.kind(), v)) return false;
    }
    return true;
  }

  /** σ(x) for an activation (elementwise on lists); f(point) for a network or model. */
  static Object apply(Object callee, Object arg, Span calleeSpan, Span argSpan) {
    if (callee instanceof Activation a) {
      if (arg instanceof List<?> l) {
        List<Object> out = new ArrayList<>(l.size());
        for (Object x : l) out.add(a.apply(Values.number(x, argSpan, "An activation")));
        return out;
      }
      return a.apply(Values.number(arg, argSpan, "An activation"));
    }
    if (callee instanceof Predictor p) {
      try {
        return Points.at(p, arg);
      } catch (InvalidRequestException e) {
        throw new EvalError(argSpan, e.getMessage());
      }
    }
    throw new EvalError(calleeSpan, Values.capital(Kinds.describe(callee)) + " cannot be called.");
  }
}
