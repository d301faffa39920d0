package org.nnl.lang.library;

import java.util.List;

/**
 * A built-in defined by a lambda: its name, result kind, one-line doc (formula and example),
 * parameters in positional order, and body. Every catalog entry is one of these.
 */
public record Fn(String name, Kind result, String doc, List<Param> params, Body body) implements Builtin {
  /** The implementation of a built-in over already matched and defaulted arguments. */
  @FunctionalInterface
  public interface Body {
    Object call(CallContext ctx, Args args);
  }

  public Fn {
    params = List.copyOf(params);
  }

  public static Fn of(String name, Kind result, String doc, Body body, Param... params) {
    return new Fn(name, result, doc, List.of(params), body);
  }

  @Override
  public Object call(CallContext ctx, Args args) {
    return body.call(ctx, args);
  }

  /**
   * The call's signature, the one form used by :help and by the checker's messages: required
   * parameters, then optional ones with their defaults ({@code auto} when the implementation
   * decides), e.g. {@code gap(arch, D, degree, networks: 20, samples: 1000)}, {@code draw(arch, seed: auto)}.
   */
  public static String signature(Builtin b) {
    return signature(b.name(), b.params());
  }

  /** {@link #signature(Builtin)} of a built-in called {@code name} with these parameters. */
  public static String signature(String name, List<Param> params) {
    StringBuilder sb = new StringBuilder(name).append('(');
    for (int i = 0; i < params.size(); i++) {
      Param p = params.get(i);
      sb.append(i > 0 ? ", " : "").append(p.name());
      if (!p.required()) sb.append(": ").append(p.defaultValue() == null ? "auto" : Args.plain(p.defaultValue()));
    }
    return sb.append(')').toString();
  }
}
