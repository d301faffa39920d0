package org.nnl.lang.eval.builtin;

import static org.nnl.lang.library.Param.opt;
import static org.nnl.lang.library.Param.req;

import java.util.List;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.measure.Gap;
import org.nnl.core.measure.GapEstimate;
import org.nnl.core.measure.Moments;
import org.nnl.core.measure.ShadowGap;
import org.nnl.core.measure.TheoremBound;
import org.nnl.core.net.Architecture;
import org.nnl.core.net.Dense;
import org.nnl.core.net.Network;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.CallContext;
import org.nnl.lang.library.Fn;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Param;

/** Measurements of networks: gap, moments and the theorem's bound (core.measure). */
final class MeasureBuiltins {
  private MeasureBuiltins() {}

  /** Default number of points per estimate. */
  static final double SAMPLES = 1000;
  /** Default number of random networks in gap(arch, ...). */
  static final double NETWORKS = 10;

  static List<Builtin> all() {
    Param dist = req("D", Kind.DISTRIBUTION);
    Param samples = opt("samples", Kind.NUMBER, SAMPLES);
    Param seed = opt("seed", Kind.NUMBER, null);
    return List.of(
        Fn.of("gap", Kind.ESTIMATE,
            "gap(f, g, D, samples: m) — estimate of E_x ‖f(x) − g(x)‖, x ~ D (m = 1000). Example: gap(f, shadow(f, degree: 4), S)",
            (c, a) -> Gap.gap(DataBuiltins.function(a, "f"), DataBuiltins.function(a, "g"), DataBuiltins.dist(a),
                a.positive("samples"), a.seed(c)),
            req("f", Kind.FUNCTION), req("g", Kind.FUNCTION), dist, samples, seed),
        Fn.of("gap", Kind.ESTIMATE,
            "gap(arch, D, degree: n, networks: k, samples: m, importance: b) — E_W E_x ‖Φ^i_W(x) − Φ^{i,n}_W(x)‖ over k draws "
                + "(k = 10, m = 1000), the mean ± its standard error over networks, with fields .median, .q90, .q99, .max, "
                + ".bound, .topShare (share of the mean carried by the top 1% of the probability), .tail (the share of the "
                + "probability carrying half the mean), .sampler and .warning (set when topShare > 0.5). With Xavier weights "
                + "on sphere(d) or cube(d) the first-layer pre-activations z = W^1 x are exactly N(0, I), so z is "
                + "importance-sampled from (1 − β)·N(0, I) + β·(one coordinate from N(0, s²)), β = 1/2, s = clamp(√(n^{i−1})/2, 2, 16), weights p/q ≤ 2 exact "
                + "(unbiased, honest standard error under heavy tails); importance: false forces plain Monte Carlo. "
                + "Example: gap(A, S, degree: 4, networks: 20, samples: 200)",
            (c, a) -> shadowGap(c, a),
            req("arch", Kind.ARCHITECTURE), dist, req("degree", Kind.NUMBER), opt("networks", Kind.NUMBER, NETWORKS),
            samples, seed, opt("importance", Kind.BOOL, null)),
        Fn.of("moments", Kind.TABLE,
            "moments(net, D, samples: m) — per layer j: E_x ‖Ψ^j(x)‖² (normalized: Σ_k Ψ_k²/d_j), ≈ 1 for Xavier. Example: moments(f, S, samples: 2000)",
            (c, a) -> Moments.moments(a.as("net", Network.class, "a network"), DataBuiltins.dist(a), a.positive("samples"), a.seed(c)),
            req("net", Kind.NETWORK), dist, samples, seed),
        Fn.of("bound", Kind.NUMBER,
            "bound(arch, n) — Theorem 2.3: 13·(L+1)²·ε_σ(n)^(1/2^(i−1)), i the depth. Example: bound(A, 4)",
            (c, a) -> TheoremBound.of(dense(a), a.natural("n")),
            req("arch", Kind.ARCHITECTURE), req("n", Kind.NUMBER)));
  }

  private static Dense dense(Args a) {
    Architecture arch = NetBuiltins.arch(a);
    InvalidRequestException.require(arch instanceof Dense,
        "bound(arch, n) is Theorem 2.3's bound for dense architectures; %s is not dense.", arch);
    return (Dense) arch;
  }

  private static GapEstimate shadowGap(CallContext c, Args a) {
    Boolean importance = a.optional("importance", Boolean.class, "true or false");
    ShadowGap.Sampler sampler = importance == null ? ShadowGap.Sampler.AUTO
        : importance ? ShadowGap.Sampler.IMPORTANCE : ShadowGap.Sampler.PLAIN;
    GapEstimate g = ShadowGap.gap(NetBuiltins.arch(a), DataBuiltins.dist(a), a.natural("degree"), a.positive("networks"),
        a.positive("samples"), a.seed(c), sampler);
    if (g.heavyTailed()) c.warn(g.warning());
    if (g.count() == 1) {
      c.warn("One network: no standard error can be estimated from one draw; use networks: 2 or more.");
    }
    return g;
  }
}
