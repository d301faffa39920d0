package org.nnl.lang.eval.builtin;

import static org.nnl.lang.library.Param.opt;
import static org.nnl.lang.library.Param.req;

import java.util.List;
import org.nnl.core.act.Activation;
import org.nnl.core.net.Architecture;
import org.nnl.core.net.Conv;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;
import org.nnl.core.net.Network;
import org.nnl.core.net.SumRelu;
import org.nnl.core.net.WeightLaw;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Fn;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Param;

/** Weight laws, architectures, drawing networks and their shadows (core.net). */
final class NetBuiltins {
  private NetBuiltins() {}

  static Architecture arch(Args a) {
    return a.as("arch", Architecture.class, "an architecture");
  }

  static WeightLaw law(Args a) {
    return a.optional("weights", WeightLaw.class, "a weight law such as normal(1)");
  }

  static List<Builtin> all() {
    Param r = req("r", Kind.NUMBER);
    Param weights = opt("weights", Kind.WEIGHTS, null);
    Param seed = opt("seed", Kind.NUMBER, null);
    return List.of(
        Fn.of("xavier", Kind.WEIGHTS, "xavier() — N(0, 1/d_{j−1}), the default weight law. Example: dense(8 -> 8 -> 1, act: relu, weights: xavier())",
            (c, a) -> WeightLaw.xavier()),
        Fn.of("normal", Kind.WEIGHTS, "normal(std) — weights N(0, std²). Example: sumrelu(16, hidden: 8, weights: normal(1))",
            (c, a) -> WeightLaw.normal(a.number("std")), req("std", Kind.NUMBER)),
        Fn.of("uniform", Kind.WEIGHTS, "uniform(r) — weights U[−r, r]. Example: conv(16, patch: 4, weights: uniform(1))",
            (c, a) -> WeightLaw.uniform(a.number("r")), r),
        Fn.of("bernoulli", Kind.WEIGHTS, "bernoulli(r) — weights ±r with probability ½. Example: bernoulli(0.25)",
            (c, a) -> WeightLaw.bernoulli(a.number("r")), r),
        Fn.of("spherecols", Kind.WEIGHTS, "spherecols(r) — each neuron's weight vector uniform on r·S^{n−1}. Example: spherecols(1)",
            (c, a) -> WeightLaw.spherecols(a.number("r")), r),
        Fn.of("dense", Kind.ARCHITECTURE,
            "dense(WIDTHS, act: a, weights: W) — Φ^j = W^j Ψ^{j−1}, Ψ^j = σ(Φ^j), last layer linear. Example: dense(32 -> 512 -> 1, act: relu)",
            (c, a) -> new Dense(a.positives("widths"), a.as("act", Activation.class, "an activation"), law(a)),
            req("widths", Kind.LIST), req("act", Kind.ACTIVATION), weights),
        Fn.of("sumrelu", Kind.ARCHITECTURE,
            "sumrelu(d, hidden: k, weights: W) — h_W(x) = clip₀¹(Σ_k relu(⟨w_k, x⟩)). Example: sumrelu(16, hidden: 8)",
            (c, a) -> new SumRelu(a.positive("d"), a.positive("hidden"), law(a)),
            req("d", Kind.NUMBER), req("hidden", Kind.NUMBER), weights),
        Fn.of("conv", Kind.ARCHITECTURE,
            "conv(d, patch: t, weights: W, pool: \"sum\"|\"max\") — one shared filter on d/t patches, then clip₀¹(Σ) or max. Example: conv(16, patch: 4, pool: \"max\")",
            (c, a) -> new Conv(a.positive("d"), a.positive("patch"), law(a), a.string("pool")),
            req("d", Kind.NUMBER), req("patch", Kind.NUMBER), weights, opt("pool", Kind.STRING, "sum")),
        Fn.of("depth", Kind.NUMBER, "depth(arch) — i, the number of weight layers (dense: widths − 1; sumrelu, conv: 2). Example: depth(A)",
            (c, a) -> (double) arch(a).depth(), req("arch", Kind.ARCHITECTURE)),
        Fn.of("draw", Kind.NETWORK, "draw(arch, seed: s) — a network with random weights from the architecture's law. Example: draw(A, seed: 7)",
            (c, a) -> arch(a).draw(a.seed(c)), req("arch", Kind.ARCHITECTURE), seed),
        Fn.of("shadow", Kind.NETWORK,
            "shadow(net, degree: n) — same weights, σ_n = truncate(σ, n) in layers 1..i−1. Example: shadow(f, degree: 4)",
            (c, a) -> DenseNetwork.shadow(a.as("net", Network.class, "a network"), a.natural("degree")),
            req("net", Kind.NETWORK), req("degree", Kind.NUMBER)));
  }
}
