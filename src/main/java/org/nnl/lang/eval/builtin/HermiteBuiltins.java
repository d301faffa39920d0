package org.nnl.lang.eval.builtin;

import static org.nnl.lang.library.Param.req;

import java.util.List;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;
import org.nnl.core.hermite.Bounds;
import org.nnl.core.hermite.Hermite;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Fn;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Param;

/** Activations built from others, and the Hermite analysis of activations (core.act, core.hermite). */
final class HermiteBuiltins {
  private HermiteBuiltins() {}

  static Activation act(Args a, String name) {
    return a.as(name, Activation.class, "an activation");
  }

  static List<Builtin> all() {
    Param act = req("a", Kind.ACTIVATION);
    Param n = req("n", Kind.NUMBER);
    return List.of(
        Fn.of("leaky", Kind.ACTIVATION, "leaky(alpha) — max(alpha·x, x), normalized to E σ(X)² = 1. Example: leaky(0.1)",
            (c, a) -> Activations.leaky(a.finite("alpha")), req("alpha", Kind.NUMBER)),
        Fn.of("raw", Kind.ACTIVATION, "raw(a) — a's unnormalized function f (σ = f/‖f‖). Example: norm(raw(relu))",
            (c, a) -> Activations.raw(act(a, "a")), act),
        Fn.of("truncate", Kind.ACTIVATION,
            "truncate(a, n) — σ_n = Σ_{i≤n} a_i h_i / √(1 − ε_σ(n)), an activation. Example: truncate(relu, 4)",
            (c, a) -> Hermite.truncate(act(a, "a"), a.natural("n")), act, n),
        Fn.of("coeff", Kind.NUMBER, "coeff(a, i) — a_i = E[σ(X) h_i(X)], h_i = He_i/√i!. Example: coeff(relu, 2)",
            (c, a) -> Hermite.coeff(act(a, "a"), a.natural("i")), act, req("i", Kind.NUMBER)),
        Fn.of("hermite", Kind.TABLE, "hermite(a, n) — table of i, coeff a_i, eps ε_σ(i) for i = 0..n. Example: hermite(erf, 8)",
            (c, a) -> Hermite.table(act(a, "a"), a.natural("n")), act, n),
        Fn.of("eps", Kind.NUMBER, "eps(a, n) — ε_σ(n) = Σ_{i>n} a_i², without cancellation. Example: eps(relu, 2)",
            (c, a) -> Hermite.eps(act(a, "a"), a.natural("n")), act, n),
        Fn.of("dual", Kind.NUMBER, "dual(a, rho) — σ̂(ρ) = Σ a_i² ρ^i = E σ(X)σ(Y), corr(X, Y) = ρ. Example: dual(relu, 0.5)",
            (c, a) -> Hermite.dual(act(a, "a"), a.finite("rho")), act, req("rho", Kind.NUMBER)),
        Fn.of("lipschitz", Kind.NUMBER, "lipschitz(a) — the Lipschitz constant L of σ. Example: lipschitz(relu) = √2",
            (c, a) -> act(a, "a").lipschitz(), act),
        Fn.of("norm", Kind.NUMBER, "norm(a) — √(E f(X)²) of a's unnormalized function f. Example: norm(raw(relu)) = √½",
            (c, a) -> act(a, "a").norm(), act),
        Fn.of("mean", Kind.NUMBER, "mean(a) — E σ(X) = a_0 (mean(LIST): the average). Example: mean(relu)",
            (c, a) -> Hermite.mean(act(a, "a")), req("a", Kind.ACTIVATION)),
        Fn.of("lemma215", Kind.NUMBER, "lemma215(a, n) — Lemma 2.15's bound ε_σ(n) ≤ L²/(n+1). Example: lemma215(relu, 4)",
            (c, a) -> Bounds.lemma215(act(a, "a"), a.natural("n")), act, n),
        Fn.of("lemma216", Kind.NUMBER, "lemma216(n) — Lemma 2.16's bound ε_erf(n) ≤ 2^(−n). Example: lemma216(6)",
            (c, a) -> Bounds.lemma216(a.natural("n")), n),
        Fn.of("lemma27", Kind.NUMBER, "lemma27(a, n) — Lemma 2.7: ‖σ − σ_n‖ ≤ √(2 ε_σ(n)). Example: lemma27(tanh, 3)",
            (c, a) -> Bounds.lemma27(act(a, "a"), a.natural("n")), act, n));
  }
}
