package org.nnl.lang.eval.builtin;

import static org.nnl.lang.library.Param.req;

import java.util.List;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.measure.Limit;
import org.nnl.core.measure.Plan;
import org.nnl.core.net.Architecture;
import org.nnl.core.net.Dense;
import org.nnl.core.net.Network;
import org.nnl.core.net.ShadowPolynomial;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Fn;
import org.nnl.lang.library.Kind;

/** The theory beside the measurements: the infinite-width limit, the explicit p_W and the PTAS plan (core.measure, core.net). */
final class TheoryBuiltins {
  private TheoryBuiltins() {}

  static List<Builtin> all() {
    return List.of(
        Fn.of("limit", Kind.NUMBER,
            "limit(arch, n) — the infinite-width gap E_W E_x ‖Φ^i − Φ^{i,n}‖ (Xavier weights, ‖x‖² = d_0): "
                + "r_1 = 1, r_{j+1} = Σ_{k≤n} a_k² r_j^k / √(1 − ε_σ(n)), limit = c_m·√(2 − 2r_i), "
                + "c_m = E√(χ²_m/m) = √(2/m)·Γ((m+1)/2)/Γ(m/2), m outputs; depth 2: c_m·√(2 − 2√(1 − ε_σ(n))). "
                + "Example: limit(A, 4)",
            (c, a) -> Limit.of(dense(a, "limit(arch, n)"), a.natural("n")),
            req("arch", Kind.ARCHITECTURE), req("n", Kind.NUMBER)),
        Fn.of("polynomial", Kind.FUNCTION,
            "polynomial(net, degree: n) — the shadow network as the explicit polynomial p_W of Theorem 1.1, degree n^{i−1}, "
                + "C(d_0 + n^{i−1}, d_0) monomials; fields .degree, .monomialCount, .coefficients (monomial basis), "
                + ".hermiteCoefficients (Hermite tensor basis h_α = Π h_{α_j}(x_j)), .coefficientSum against Lemma 2.5's "
                + ".bound = (2·d̄)^{4n^{i−1}} (.log10CoefficientSum, .log10Bound); p(x) evaluates like shadow(net, degree: n). "
                + "Example: polynomial(draw(dense(3 -> 8 -> 8 -> 1, act: relu), seed: 1), degree: 2)",
            (c, a) -> ShadowPolynomial.of(a.as("net", Network.class, "a network"), a.natural("degree")),
            req("net", Kind.NETWORK), req("degree", Kind.NUMBER)),
        Fn.of("plan", Kind.TABLE,
            "plan(arch, eps: e) — Theorem 1.1's PTAS: the smallest degree n with bound(arch, n) = 13·(L+1)²·ε_σ(n)^(1/2^(i−1)) ≤ e "
                + "and the smallest n with limit(arch, n) ≤ e, each with the degree n^{i−1} of p_W and the polyreg feature "
                + "count C(d_0 + n^{i−1}, d_0); past the computed ε_σ, extrapolated (Lemma 2.16's 2^-n for erf, relulike; "
                + "a fitted power law otherwise). Example: plan(A, eps: 0.1)",
            (c, a) -> Plan.plan(dense(a, "plan(arch, eps: e)"), a.finite("eps")),
            req("arch", Kind.ARCHITECTURE), req("eps", Kind.NUMBER)));
  }

  static Dense dense(Args a, String what) {
    Architecture arch = NetBuiltins.arch(a);
    InvalidRequestException.require(arch instanceof Dense, "%s is for dense architectures; %s is not dense.", what, arch);
    return (Dense) arch;
  }
}
