package org.nnl.lang.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.nnl.lang.ast.Expr;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Kinds;
import org.nnl.lang.library.Param;

/**
 * How the checker resolved one call site of a name, {@code f(...)}: a call of a built-in, with
 * its overload and argument binding, or a call of a value. The interpreter runs it so; where a
 * choice rests on something only the run knows, the record says what, and the run confirms it
 * (a lookup or a kind test, no matching) before relying on it.
 */
public sealed interface ResolvedCall {
  /**
   * One overload of a built-in and where the call's arguments go: argument i (in source order)
   * to parameter {@code argParams.get(i)}, then {@code defaults} take their default values.
   */
  record Binding(Builtin builtin, List<String> argParams, List<Param> defaults) {
    public Binding {
      argParams = List.copyOf(argParams);
      defaults = List.copyOf(defaults);
    }

    /**
     * The binding of {@code b} for {@code args}, or null when they do not fit its parameters:
     * positional arguments first, named ones by name, none twice, every required one given.
     */
    static Binding of(Builtin b, List<Expr.Arg> args) {
      List<Param> ps = b.params();
      List<String> to = new ArrayList<>();
      int positional = 0;
      for (Expr.Arg a : args) {
        String name;
        if (a.name() == null) {
          if (positional >= ps.size()) return null;
          name = ps.get(positional++).name();
        } else {
          name = a.name();
          if (ps.stream().noneMatch(p -> p.name().equals(a.name()))) return null;
        }
        if (to.contains(name)) return null;
        to.add(name);
      }
      List<Param> defaults = new ArrayList<>();
      for (Param p : ps) {
        if (to.contains(p.name())) continue;
        if (p.required()) return null;
        defaults.add(p);
      }
      return new Binding(b, to, defaults);
    }

    /** Parameter name to value: the arguments' {@code values} (in source order), then the defaults. */
    public Map<String, Object> bind(List<Object> values) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < values.size(); i++) m.put(argParams.get(i), values.get(i));
      for (Param p : defaults) m.put(p.name(), p.defaultValue());
      return m;
    }

    /** Whether every bound value (null: absent) fits its parameter's kind, as the run tells kinds. */
    public boolean fits(Map<String, Object> bound) {
      for (Param p : builtin.params()) {
        Object v = bound.get(p.name());
        if (v != null && !Kinds.fits(p.kind(), v)) return false;
      }
      return true;
    }
  }

  /**
   * A call of a built-in: {@code candidates} are its overloads the call's shape fits (catalog
   * order, at least one); the run takes the first whose values fit their kinds, else the first.
   * {@code chosen} is that choice made by the check, or null when the check cannot make it.
   * With one candidate there is no choice ({@code assumed} null). With several, the check
   * chooses only when every argument's kind is exact (known to be the run's {@link Kinds#of});
   * {@code assumed} lists those kinds and the run confirms them before taking {@code chosen}.
   * If the name is bound to an activation, network or model when the call runs (a loop rebinds
   * it), the call is the value's, as the run decides.
   */
  record OfBuiltin(List<Binding> candidates, Binding chosen, List<Kind> assumed) implements ResolvedCall {
    public OfBuiltin {
      candidates = List.copyOf(candidates);
      assumed = assumed == null ? null : List.copyOf(assumed);
    }

    /** The kinds for which the value of an expression of that kind has {@link Kinds#of} that kind. */
    public static final Set<Kind> EXACT = Set.of(Kind.NUMBER, Kind.STRING, Kind.BOOL, Kind.LIST, Kind.RECORD, Kind.TABLE,
        Kind.ESTIMATE, Kind.ACTIVATION, Kind.ARCHITECTURE, Kind.NETWORK, Kind.DISTRIBUTION, Kind.DATA, Kind.LEARNER,
        Kind.MODEL);

    /**
     * The resolution of a call with these {@code candidates} and argument kinds ({@code kinds}: null
     * for an argument whose kind is unknown). For exact kinds, the run's {@code Kinds.fits(wanted,
     * value)} equals {@code Kinds.fits(wanted, kind)}: both hold for ANY, the same kind, and a network
     * or model where either is wanted (they are the only exact kinds whose values are predictors).
     */
    static OfBuiltin of(List<Binding> candidates, List<Kind> kinds) {
      if (candidates.size() == 1) return new OfBuiltin(candidates, candidates.get(0), null);
      for (Kind k : kinds) if (k == null || !EXACT.contains(k)) return new OfBuiltin(candidates, null, null);
      for (Binding b : candidates) if (fitsStatically(b, kinds)) return new OfBuiltin(candidates, b, kinds);
      return new OfBuiltin(candidates, candidates.get(0), kinds);
    }

    private static boolean fitsStatically(Binding b, List<Kind> kinds) {
      for (Param p : b.builtin().params()) {
        int i = b.argParams().indexOf(p.name());
        boolean fits = i >= 0 ? Kinds.fits(p.kind(), kinds.get(i))
            : p.defaultValue() == null || Kinds.fits(p.kind(), p.defaultValue());
        if (!fits) return false;
      }
      return true;
    }

    /** Whether the argument {@code values} have the kinds the choice assumed (always, when it assumed none). */
    public boolean confirmed(List<Object> values) {
      if (assumed == null) return true;
      for (int i = 0; i < values.size(); i++) if (Kinds.of(values.get(i)) != assumed.get(i)) return false;
      return true;
    }
  }

  /**
   * A call of the value the name is bound to (an activation, a network or model) with one point.
   * {@code shadowsBuiltin}: the name also names a built-in, so the run confirms the value is an
   * activation, network or model; if it is not (a loop rebound it), the run resolves the call.
   */
  record OfValue(boolean shadowsBuiltin) implements ResolvedCall {}
}
