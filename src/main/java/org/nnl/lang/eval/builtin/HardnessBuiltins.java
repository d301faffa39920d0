package org.nnl.lang.eval.builtin;

import static org.nnl.lang.library.Param.opt;
import static org.nnl.lang.library.Param.req;

import java.util.ArrayList;
import java.util.List;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.dist.DataSet;
import org.nnl.core.hardness.Audit;
import org.nnl.core.hardness.LawFit;
import org.nnl.core.hardness.Reduction;
import org.nnl.core.hardness.Scatter;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Network;
import org.nnl.core.net.WeightLaw;
import org.nnl.core.predict.Predictor;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.Fn;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Param;

/** The hardness paper's reduction, its checks and SCAT's scattered samples (core.hardness). */
final class HardnessBuiltins {
  private HardnessBuiltins() {}

  static Reduction red(Args a) {
    return a.as("red", Reduction.class, "a reduction (from reduction(h, law, seed: s))");
  }

  static List<Builtin> all() {
    Param red = req("red", Kind.ANY);
    return List.of(
        Fn.of("reduction", Kind.ANY,
            "reduction(h, law, seed: s, to: \"sumrelu\"|\"conv\") — for a sign-CNN h = draw(conv(n, patch: t, weights: bernoulli(1))) "
                + "with k = n/t patches and W ∈ R^{n×k} (column j = w on patch j): M is a k×k grid of diagonal blocks "
                + "B^{ij} = diag(z^{ij}), z^j ∈ R^n from the law (i.i.d. entries; spherecols: z^j uniform on r·S^{n−1}), so MW has "
                + "the law exactly; to: \"conv\" (Theorems 3.4–3.6) uses M = I_k ⊗ diag(z), z ∈ R^t, patch by patch. Holds "
                + ".net = h_{MW}, .sign = h, .smin = s_min(M) = min over the t blocks, .draws (blocks drawn; singular ones are "
                + "redrawn from the seed), .law, .target; x' = (Mᵀ)⁻¹x keeps labels: h_W(x) = h_{MW}(x'). "
                + "Example: reduction(draw(conv(16, patch: 4, weights: bernoulli(1)), seed: 1), normal(1), seed: 2)",
            (c, a) -> Reduction.of(a.as("h", Network.class, "a network"), a.as("law", WeightLaw.class, "a weight law"),
                a.seed(c), a.string("to")),
            req("h", Kind.NETWORK), req("law", Kind.WEIGHTS), opt("seed", Kind.NUMBER, null), opt("to", Kind.STRING, "sumrelu")),
        Fn.of("transform", Kind.DATA,
            "transform(red, data) — S' = {((Mᵀ)⁻¹x, y)}: the points mapped, the labels kept. Example: transform(red, train)",
            (c, a) -> red(a).map(a.as("data", DataSet.class, "a data set")), red, req("data", Kind.DATA)),
        Fn.of("transform", Kind.FUNCTION,
            "transform(red, f) — f ∘ (Mᵀ)⁻¹: a model fitted on S' as a function of x (h(x) = L'(S')((Mᵀ)⁻¹x)). "
                + "Example: mse(transform(red, fit(polyreg(degree: 2), transform(red, train))), test)",
            (c, a) -> red(a).pullback(a.as("f", Predictor.class, "a network or a model")), red, req("f", Kind.FUNCTION)),
        Fn.of("transform", Kind.LIST, "transform(red, x) — one point x ↦ (Mᵀ)⁻¹x (a list of n numbers). Example: transform(red, [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])",
            (c, a) -> point(red(a), a), red, req("x", Kind.LIST)),
        Fn.of("kstest", Kind.RECORD,
            "kstest(red, law: W) — Kolmogorov–Smirnov test of MW's entries (spherecols: of its columns' directions and radii) "
                + "against W (default: the reduction's law): {D, p, n}. Example: kstest(red).p",
            (c, a) -> ks(red(a), a.optional("law", WeightLaw.class, "a weight law")), red, opt("law", Kind.WEIGHTS, null)),
        Fn.of("audit", Kind.RECORD,
            "audit(red, data) — on S: labels = max |h_W(x) − h_{MW}(x')|, relative = the same over Σ_{j,r} |(MW)_{rj}·x'_r| "
                + "(the scale of the dot products' rounding), norm and median of ‖x'‖, bound = max ‖x‖/s_min(M), "
                + "within (every ‖x'‖ ≤ ‖x‖/s_min). Example: audit(red, sample(sphere(16), 1000, seed: 3, label: red.sign))",
            (c, a) -> audit(Audit.of(red(a), a.as("data", DataSet.class, "a data set"))), red, req("data", Kind.DATA)),
        Fn.of("scatter", Kind.DATA,
            "scatter(data, seed: s) — SCAT's scattered sample: the same points, labels i.i.d. fair coins in {0, 1}. "
                + "Example: scatter(train, seed: 5)",
            (c, a) -> Scatter.of(a.as("data", DataSet.class, "a data set"), a.seed(c)),
            req("data", Kind.DATA), opt("seed", Kind.NUMBER, null)));
  }

  private static Object point(Reduction r, Args a) {
    List<?> l = a.as("x", List.class, "a list of numbers");
    double[] x = new double[l.size()];
    for (int i = 0; i < x.length; i++) {
      if (!(l.get(i) instanceof Number n)) throw new InvalidRequestException("Argument 'x' must hold numbers; item " + (i + 1) + " is not.");
      x[i] = n.doubleValue();
    }
    Mat out = r.map(new Mat(1, x.length, x));
    List<Object> v = new ArrayList<>();
    for (double d : out.data) v.add(d);
    return v;
  }

  private static Object ks(Reduction r, WeightLaw law) {
    org.nnl.core.hardness.KsTest t = LawFit.test(r, law == null ? r.law() : law);
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("D", t.statistic());
    m.put("p", t.p());
    m.put("n", (double) t.n());
    return m;
  }

  private static Object audit(Audit x) {
    java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("labels", x.labels());
    m.put("relative", x.relative());
    m.put("norm", x.norm());
    m.put("median", x.median());
    m.put("bound", x.bound());
    m.put("within", x.within());
    return m;
  }
}
