package org.nnl.lang.library;

import java.util.List;

/**
 * A built-in function of the language: its name, its parameters (positional order; named
 * arguments match by name), the kind of value it returns, a one-line documentation for
 * {@code :help} and the REPL, and its implementation over core objects. The checker uses
 * {@link #params()} for arity, argument names and kinds; the interpreter calls {@link #call}.
 * Implementations throw {@link org.nnl.core.InvalidRequestException} for user errors; the
 * interpreter attaches the span of the call.
 */
public interface Builtin {
  String name();

  List<Param> params();

  Kind result();

  /** Formula and example, e.g. {@code eps(a, n) — ε_σ(n) = Σ_{i>n} a_i². Example: eps(relu, 4)}. */
  String doc();

  Object call(CallContext ctx, Args args);
}
