package org.nnl.lang.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.CallContext;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Library;
import org.nnl.lang.library.Param;

/** A small catalog for checker tests: signatures like the real ones, results computed by simple formulas. */
public final class TestLibrary implements Library {
  private final Map<String, List<Builtin>> fns = new LinkedHashMap<>();

  public TestLibrary() {
    add(fn("eps", Kind.NUMBER, args -> 1.0 / (1 + args.number("n")), Param.req("a", Kind.ACTIVATION),
        Param.req("n", Kind.NUMBER)));
    add(fn("polyreg", Kind.LEARNER, args -> "learner", Param.opt("degree", Kind.NUMBER, 2.0),
        Param.opt("ridge", Kind.NUMBER, null)));
    add(fn("gap", Kind.ESTIMATE, args -> "gap-fg", Param.req("f", Kind.FUNCTION), Param.req("g", Kind.FUNCTION),
        Param.req("D", Kind.DISTRIBUTION), Param.opt("samples", Kind.NUMBER, 1000.0)));
    add(fn("gap", Kind.ESTIMATE, args -> "gap-arch", Param.req("arch", Kind.ARCHITECTURE),
        Param.req("D", Kind.DISTRIBUTION), Param.req("degree", Kind.NUMBER), Param.opt("networks", Kind.NUMBER, 10.0),
        Param.opt("samples", Kind.NUMBER, 1000.0)));
    add(fn("twice", Kind.NUMBER, args -> 2 * args.number("x"), Param.req("x", Kind.NUMBER)));
    add(fn("fail", Kind.NUMBER, args -> {
      throw new org.nnl.core.InvalidRequestException("The request is refused: n = " + args.number("n") + ".");
    }, Param.req("n", Kind.NUMBER)));
    add(fn("nothing", Kind.NONE, args -> null));
    fns.computeIfAbsent("warns", k -> new java.util.ArrayList<>()).add(new Builtin() {
      public String name() {
        return "warns";
      }

      public List<Param> params() {
        return List.of();
      }

      public Kind result() {
        return Kind.NUMBER;
      }

      public String doc() {
        return "warns (test)";
      }

      public Object call(CallContext ctx, Args args) {
        ctx.warn("A few samples dominate the mean.");
        return (double) ctx.nextSeed();
      }
    });
    add(fn("est", Kind.ESTIMATE, args -> new org.nnl.core.Estimate(args.number("m"), args.number("s"), 10),
        Param.req("m", Kind.NUMBER), Param.req("s", Kind.NUMBER)));
    add(fn("summer", Kind.FUNCTION, args -> new SumPredictor(args.integer("d")), Param.req("d", Kind.NUMBER)));
    add(fn("seedof", Kind.NUMBER, args -> args.has("seed") ? args.number("seed") : -1.0,
        Param.opt("seed", Kind.NUMBER, null)));
  }

  /** x ↦ (Σ x_j, 2 Σ x_j): a predictor with two outputs. */
  public record SumPredictor(int d) implements org.nnl.core.predict.Predictor {
    public int inputDim() {
      return d;
    }

    public int outputDim() {
      return 2;
    }

    public org.nnl.core.linalg.Mat predict(org.nnl.core.linalg.Mat x) {
      org.nnl.core.linalg.Mat y = new org.nnl.core.linalg.Mat(x.rows, 2);
      for (int i = 0; i < x.rows; i++) {
        double s = 0;
        for (int j = 0; j < d; j++) s += x.get(i, j);
        y.set(i, 0, s);
        y.set(i, 1, 2 * s);
      }
      return y;
    }
  }

  private void add(Builtin b) {
    fns.computeIfAbsent(b.name(), k -> new java.util.ArrayList<>()).add(b);
  }

  private static Builtin fn(String name, Kind result, java.util.function.Function<Args, Object> body, Param... params) {
    return new Builtin() {
      public String name() {
        return name;
      }

      public List<Param> params() {
        return List.of(params);
      }

      public Kind result() {
        return result;
      }

      public String doc() {
        return name + " (test)";
      }

      public Object call(CallContext ctx, Args args) {
        return body.apply(args);
      }
    };
  }

  @Override
  public List<Builtin> lookup(String name) {
    return fns.getOrDefault(name, List.of());
  }

  @Override
  public Set<String> functionNames() {
    return fns.keySet();
  }

  @Override
  public Set<String> activationNames() {
    return Set.of("relu", "tanh", "erf", "gelu");
  }
}
