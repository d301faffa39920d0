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

  /** The call's signature as :help shows it, e.g. {@code eps(a, n)} or {@code draw(arch, seed: s)}. */
  public static String signature(Builtin b) {
    StringBuilder sb = new StringBuilder(b.name()).append('(');
    boolean first = true;
    for (Param p : b.params()) {
      sb.append(first ? "" : ", ").append(p.required() ? p.name() : p.name() + ":");
      if (!p.required() && p.defaultValue() != null) sb.append(' ').append(Args.plain(p.defaultValue()));
      first = false;
    }
    return sb.append(')').toString();
  }
}
