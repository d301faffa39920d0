package org.nnl.lang.eval;

import org.nnl.core.text.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.act.Activation;
import org.nnl.core.predict.Predictor;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.ast.Span;
import org.nnl.lang.check.ResolvedCall;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Kinds;
import org.nnl.lang.library.Param;
import org.nnl.lang.library.Points;

/**
 * Calls, as the checker resolved them ({@link ResolvedCall}): a built-in with the overload and
 * argument binding the check chose, or a value: an activation applied to a number, a network or
 * model applied to a point (or a list of points). The run decides only what the check could not:
 * a call the check never saw (a travelling sweep cell's), a name bound to a callable value at run
 * time against the check's expectation (a loop rebound it), or overloads the argument kinds known
 * before the run do not tell apart; then arguments are matched as the check matches them
 * (positional first, then named, then defaults; among overloads the first whose parameters and
 * kinds fit) and {@link Interpreter#runtimeResolutions()} counts it.
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
      ResolvedCall r = interp.resolution().call(c, interp.services());
      if (r instanceof ResolvedCall.OfBuiltin b && !boundToCallable(env, n.name())) return builtin(b, c, env);
      if (!(r instanceof ResolvedCall.OfValue v) || v.shadowsBuiltin() && !boundToCallable(env, n.name())) {
        return resolveNow(n, c, env);
      }
      if (!interp.defined(env, n.name())) throw new EvalError(n.span(), "Unknown function '" + n.name() + "'.");
    }
    return value(c, env);
  }

  /** Whether {@code name} is bound to an activation, a network or a model now (its call is the value's). */
  private boolean boundToCallable(Env env, String name) {
    Object v = interp.lookup(env, name);
    return interp.defined(env, name) && (v instanceof Activation || v instanceof Predictor);
  }

  /** The call of a name the check did not resolve, or whose resolution the run contradicts: resolved here. */
  private Object resolveNow(Expr.Name n, Expr.Call c, Env env) {
    interp.countResolution();
    List<Builtin> overloads = interp.services().lookup(n.name());
    Object v = interp.lookup(env, n.name());
    boolean valueCall = interp.defined(env, n.name()) && (v instanceof Activation || v instanceof Predictor
        || overloads.isEmpty());
    if (valueCall) return value(c, env);
    if (overloads.isEmpty()) throw new EvalError(n.span(), "Unknown function '" + n.name() + "'.");
    return builtin(n.name(), overloads, c, env);
  }

  /** The callee's value applied to the one point. */
  private Object value(Expr.Call c, Env env) {
    Object callee = eval.eval(c.callee(), env);
    if (c.args().size() != 1 || c.args().get(0).name() != null) {
      throw new EvalError(c.span(), "Calling " + Kinds.describe(callee) + " takes one argument (a point).");
    }
    Expr arg = c.args().get(0).value();
    return apply(callee, eval.eval(arg, env), c.callee().span(), arg.span());
  }

  /** A resolved built-in call: arguments evaluated in source order, bound as the check bound them. */
  private Object builtin(ResolvedCall.OfBuiltin r, Expr.Call c, Env env) {
    List<Object> values = new ArrayList<>(c.args().size());
    for (Expr.Arg a : c.args()) values.add(eval.eval(a.value(), env));
    ResolvedCall.Binding chosen = r.chosen();
    if (chosen == null || !r.confirmed(values)) {
      interp.countResolution();
      chosen = null;
      for (ResolvedCall.Binding b : r.candidates()) {
        if (chosen == null) chosen = b;
        if (b.fits(b.bind(values))) {
          chosen = b;
          break;
        }
      }
    }
    return invoke(chosen.builtin(), chosen.bind(values), c);
  }

  private Object invoke(Builtin b, Map<String, Object> values, Expr.Call c) {
    interp.enterCall(c.span());
    try {
      return Values.normalize(b.call(interp.context(), new Args(values)));
    } catch (InvalidRequestException e) {
      throw new EvalError(c.span(), e.getMessage());
    } finally {
      interp.leaveCall();
    }
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
    return invoke(chosen, values, c);
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
    throw new EvalError(calleeSpan, Messages.capitalized(Kinds.describe(callee)) + " cannot be called.");
  }
}
