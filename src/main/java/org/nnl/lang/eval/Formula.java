package org.nnl.lang.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.nnl.core.act.Activation;
import org.nnl.lang.ast.BinaryOp;
import org.nnl.lang.ast.Expr;

/**
 * Compiles the formula of {@code activation f(x) = ...} once into a {@link DoubleUnaryOperator}:
 * each node becomes one lambda composed of its children's, so evaluating a point walks no tree.
 * Session numbers are captured as constants at declaration time. Each max, min, abs, clip and
 * applied activation contributes functions whose zeros are the kinks of f (a − b for max/min, the
 * argument of abs, v − lo and v − hi for clip, g − k for every kink k of an applied σ(g)).
 */
final class Formula {
  private final String param;
  private final Env env;
  private final Interpreter interp;
  final List<DoubleUnaryOperator> kinkFunctions = new ArrayList<>();
  /** Nodes compiled so far; a kink function costs the nodes of the subformula it evaluates. */
  private long nodes;
  /** The sum over kink functions of their nodes: the cost of one point of the kink search. */
  long kinkWork;

  Formula(String param, Env env, Interpreter interp) {
    this.param = param;
    this.env = env;
    this.interp = interp;
  }

  DoubleUnaryOperator compile(Expr e) {
    nodes++;
    if (e instanceof Expr.Num n) {
      double c = n.value();
      return x -> c;
    }
    if (e instanceof Expr.Name n) {
      if (n.name().equals(param)) return x -> x;
      double c = Values.number(env.get(n.name()), n.span(), "An activation's formula");
      return x -> c;
    }
    if (e instanceof Expr.Unary u) {
      DoubleUnaryOperator f = compile(u.operand());
      return x -> -f.applyAsDouble(x);
    }
    if (e instanceof Expr.Binary b) return binary(b);
    if (e instanceof Expr.Call c) return call(c);
    throw new EvalError(e.span(), "This cannot appear in an activation's formula.");
  }

  private DoubleUnaryOperator binary(Expr.Binary b) {
    if (arithmetic(b) && b.left() instanceof Expr.Binary inner && arithmetic(inner)) return fold(b);
    DoubleUnaryOperator l = compile(b.left());
    DoubleUnaryOperator r = compile(b.right());
    return switch (b.op()) {
      case ADD -> x -> l.applyAsDouble(x) + r.applyAsDouble(x);
      case SUBTRACT -> x -> l.applyAsDouble(x) - r.applyAsDouble(x);
      case MULTIPLY -> x -> l.applyAsDouble(x) * r.applyAsDouble(x);
      case DIVIDE -> x -> l.applyAsDouble(x) / r.applyAsDouble(x);
      case POWER -> powerOf(l, b.right(), r);
      default -> throw new EvalError(b.opSpan(), "'" + b.op().symbol() + "' cannot appear in an activation's formula.");
    };
  }

  /** {@code + - * /}: the left-associative arithmetic a chain folds ({@code ^} nests to the right). */
  private static boolean arithmetic(Expr.Binary b) {
    return b.op().family() == BinaryOp.Family.ARITHMETIC && b.op() != BinaryOp.POWER;
  }

  /**
   * A left-nested chain {@code t0 op1 t1 op2 t2 ...} of + - * / as one loop
   * {@code v = t0(x); v = v op_i t_i(x)}: same order of operations, no recursion per term.
   */
  private DoubleUnaryOperator fold(Expr.Binary top) {
    List<Expr.Binary> chain = new ArrayList<>();
    Expr e = top;
    while (e instanceof Expr.Binary b && arithmetic(b)) {
      chain.add(b);
      e = b.left();
    }
    java.util.Collections.reverse(chain);
    DoubleUnaryOperator first = compile(e);
    int n = chain.size();
    BinaryOp[] ops = new BinaryOp[n];
    DoubleUnaryOperator[] terms = new DoubleUnaryOperator[n];
    for (int i = 0; i < n; i++) {
      ops[i] = chain.get(i).op();
      terms[i] = compile(chain.get(i).right());
    }
    return x -> {
      double v = first.applyAsDouble(x);
      for (int i = 0; i < n; i++) {
        double t = terms[i].applyAsDouble(x);
        switch (ops[i]) {
          case ADD -> v += t;
          case SUBTRACT -> v -= t;
          case MULTIPLY -> v *= t;
          default -> v /= t;
        }
      }
      return v;
    };
  }

  /** x^2 and x^3 multiply (exact and fast); other exponents use Math.pow. */
  private static DoubleUnaryOperator powerOf(DoubleUnaryOperator l, Expr exponent, DoubleUnaryOperator r) {
    if (exponent instanceof Expr.Num n && n.value() == 2) {
      return x -> {
        double v = l.applyAsDouble(x);
        return v * v;
      };
    }
    if (exponent instanceof Expr.Num n && n.value() == 3) {
      return x -> {
        double v = l.applyAsDouble(x);
        return v * v * v;
      };
    }
    return x -> Math.pow(l.applyAsDouble(x), r.applyAsDouble(x));
  }

  private DoubleUnaryOperator call(Expr.Call c) {
    String name = ((Expr.Name) c.callee()).name();
    List<DoubleUnaryOperator> a = new ArrayList<>();
    long before = nodes;
    for (Expr.Arg arg : c.args()) a.add(compile(arg.value()));
    if (!List.of("exp", "log", "sqrt", "sin", "cos", "tanh").contains(name)) kinkWork += nodes - before;
    DoubleUnaryOperator f0 = a.get(0);
    switch (name) {
      case "max", "min" -> {
        DoubleUnaryOperator f1 = a.get(1);
        kinkFunctions.add(x -> f0.applyAsDouble(x) - f1.applyAsDouble(x));
        return name.equals("max") ? x -> Math.max(f0.applyAsDouble(x), f1.applyAsDouble(x))
            : x -> Math.min(f0.applyAsDouble(x), f1.applyAsDouble(x));
      }
      case "abs" -> {
        kinkFunctions.add(f0);
        return x -> Math.abs(f0.applyAsDouble(x));
      }
      case "clip" -> {
        DoubleUnaryOperator lo = a.get(1);
        DoubleUnaryOperator hi = a.get(2);
        kinkFunctions.add(x -> f0.applyAsDouble(x) - lo.applyAsDouble(x));
        kinkFunctions.add(x -> f0.applyAsDouble(x) - hi.applyAsDouble(x));
        return x -> Math.min(Math.max(f0.applyAsDouble(x), lo.applyAsDouble(x)), hi.applyAsDouble(x));
      }
      case "exp" -> {
        return x -> Math.exp(f0.applyAsDouble(x));
      }
      case "log" -> {
        return x -> Math.log(f0.applyAsDouble(x));
      }
      case "sqrt" -> {
        return x -> Math.sqrt(f0.applyAsDouble(x));
      }
      case "sin" -> {
        return x -> Math.sin(f0.applyAsDouble(x));
      }
      case "cos" -> {
        return x -> Math.cos(f0.applyAsDouble(x));
      }
      case "tanh" -> {
        return x -> Math.tanh(f0.applyAsDouble(x));
      }
      default -> {
        return activation(c, name, f0);
      }
    }
  }

  private DoubleUnaryOperator activation(Expr.Call c, String name, DoubleUnaryOperator g) {
    if (!(interp.lookup(env, name) instanceof Activation act)) {
      throw new EvalError(c.callee().span(), "'" + name + "' is not an activation.");
    }
    for (double k : act.kinks()) kinkFunctions.add(x -> g.applyAsDouble(x) - k);
    return x -> act.apply(g.applyAsDouble(x));
  }
}
