package org.nnl.lang.eval.builtin;

import static org.nnl.lang.library.Param.opt;
import static org.nnl.lang.library.Param.req;

import java.util.List;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.dist.CsvRows;
import org.nnl.core.dist.Cube;
import org.nnl.core.dist.Distribution;
import org.nnl.core.dist.Gaussian;
import org.nnl.core.dist.Samples;
import org.nnl.core.dist.Sphere;
import org.nnl.core.predict.Predictor;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.CallContext;
import org.nnl.lang.library.Fn;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Param;

/** Input distributions and data sets (core.dist). */
final class DataBuiltins {
  private DataBuiltins() {}

  static Distribution dist(Args a) {
    return a.as("D", Distribution.class, "a distribution");
  }

  static Predictor function(Args a, String name) {
    return a.as(name, Predictor.class, "a network or a model");
  }

  static List<Builtin> all() {
    Param d = req("d", Kind.NUMBER);
    return List.of(
        Fn.of("sphere", Kind.DISTRIBUTION, "sphere(d) — uniform on √d·S^{d−1} (‖x‖² = Σx_j²/d = 1). Example: sphere(32)",
            (c, a) -> new Sphere(a.positive("d")), d),
        Fn.of("gaussian", Kind.DISTRIBUTION, "gaussian(d) — N(0, I_d). Example: gaussian(32)",
            (c, a) -> new Gaussian(a.positive("d")), d),
        Fn.of("cube", Kind.DISTRIBUTION, "cube(d) — uniform on {±1}^d. Example: cube(16)",
            (c, a) -> new Cube(a.positive("d")), d),
        Fn.of("csv", Kind.DISTRIBUTION, "csv(\"file\") — the rows of a CSV file of numbers, sampled uniformly. Example: csv(\"points.csv\")",
            (c, a) -> CsvRows.read(c.resolve(a.string("file")).toString()), req("file", Kind.STRING)),
        Fn.of("sample", Kind.DATA,
            "sample(D, n, seed: s, label: f, noise: std) — n points X ~ D with labels f(X) + N(0, std²). Example: sample(S, 1000, seed: 1, label: f)",
            (c, a) -> sample(c, a),
            req("D", Kind.DISTRIBUTION), req("n", Kind.NUMBER), opt("seed", Kind.NUMBER, null),
            req("label", Kind.FUNCTION), opt("noise", Kind.NUMBER, 0.0)));
  }

  private static Object sample(CallContext c, Args a) {
    double noise = a.finite("noise");
    InvalidRequestException.require(noise >= 0, "Argument 'noise' is a standard deviation and must be at least 0, not %s.", noise);
    return Samples.sample(dist(a), a.positive("n"), a.seed(c), function(a, "label"), noise);
  }
}
