package org.nnl.lang.eval.builtin;

import static org.nnl.lang.library.Param.opt;
import static org.nnl.lang.library.Param.req;

import java.util.List;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Rng;
import org.nnl.core.Table;
import org.nnl.core.dist.DataSet;
import org.nnl.core.dist.Samples;
import org.nnl.core.learn.ConjugateKernel;
import org.nnl.core.learn.Kernel;
import org.nnl.core.learn.KernelReg;
import org.nnl.core.learn.Learner;
import org.nnl.core.learn.LearningCurve;
import org.nnl.core.learn.Metrics;
import org.nnl.core.learn.PolyKernel;
import org.nnl.core.learn.PolyReg;
import org.nnl.core.learn.Schedule;
import org.nnl.core.learn.Sgd;
import org.nnl.core.net.Architecture;
import org.nnl.core.net.Dense;
import org.nnl.core.predict.Predictor;
import org.nnl.lang.library.Args;
import org.nnl.lang.library.Builtin;
import org.nnl.lang.library.CallContext;
import org.nnl.lang.library.Fn;
import org.nnl.lang.library.Kind;
import org.nnl.lang.library.Param;
import org.nnl.lang.library.Points;

/** Learners, fitting, prediction and error metrics (core.learn). */
final class LearnBuiltins {
  private LearnBuiltins() {}

  static DataSet data(Args a) {
    return a.as("data", DataSet.class, "a data set");
  }

  /** Defaults of sgd: epochs and batch (the rate's default depends on the architecture: Sgd.defaultRate). */
  static final double EPOCHS = 20;
  static final double BATCH = 64;

  static List<Builtin> all() {
    Param ridge = opt("ridge", Kind.NUMBER, null);
    Param degree = req("degree", Kind.NUMBER);
    Param seed = opt("seed", Kind.NUMBER, null);
    Param f = req("f", Kind.FUNCTION);
    Param data = req("data", Kind.DATA);
    return List.of(
        Fn.of("polyreg", Kind.LEARNER,
            "polyreg(degree: k, ridge: λ) — least squares on all polynomials of total degree ≤ k (Hermite tensor basis, C(d+k, k) "
                + "features); default a tiny relative ridge. Example: polyreg(degree: 3, ridge: 1e-6)",
            (c, a) -> new PolyReg(a.natural("degree"), ridge(a)), degree, ridge),
        Fn.of("kernelreg", Kind.LEARNER,
            "kernelreg(kernel: K, ridge: λ) — kernel ridge regression, f = Σ α_j K(x_j, ·), (K + λI)α = y. Example: kernelreg(kernel: poly(degree: 3))",
            (c, a) -> new KernelReg(a.as("kernel", Kernel.class, "a kernel such as poly(degree: 3)"), ridge(a)),
            req("kernel", Kind.KERNEL), ridge),
        Fn.of("poly", Kind.KERNEL, "poly(degree: k) — the kernel (1 + ⟨x, z⟩/d)^k. Example: kernelreg(kernel: poly(degree: 2))",
            (c, a) -> new PolyKernel(a.natural("degree")), degree),
        Fn.of("conjugate", Kind.KERNEL,
            "conjugate(arch, degree: n) — the architecture's compositional dual-activation kernel σ̂∘…∘σ̂(⟨x, z⟩/d), σ̂ of σ_n "
                + "when a degree is given. Example: conjugate(A, degree: 4)",
            (c, a) -> new ConjugateKernel(dense(a, "conjugate"), a.has("degree") ? a.natural("degree") : null),
            req("arch", Kind.ARCHITECTURE), opt("degree", Kind.NUMBER, null)),
        Fn.of("sgd", Kind.LEARNER,
            "sgd(arch, epochs: E, rate: η, batch: B, seed: s, decay: μ, schedule: \"constant\"|\"inverse\"|\"cosine\") — minibatch SGD "
                + "on ½‖f(x) − y‖² from draw(arch, seed: s) (E = 20, B = 64, η = 1/Σ fan-ins: 1/(d + hidden widths)). Example: sgd(A, epochs: 10, rate: 0.002)",
            (c, a) -> sgd(c, a),
            req("arch", Kind.ARCHITECTURE), opt("epochs", Kind.NUMBER, EPOCHS), opt("rate", Kind.NUMBER, null),
            opt("batch", Kind.NUMBER, BATCH), seed, opt("decay", Kind.NUMBER, 0.0), opt("schedule", Kind.STRING, "constant")),
        Fn.of("mse", Kind.NUMBER, "mse(f, data) — the mean of ‖f(x) − y‖² over the data set, for models and networks. Example: mse(m, test)",
            (c, a) -> Metrics.mse(DataBuiltins.function(a, "f"), data(a)), f, data),
        Fn.of("r2", Kind.NUMBER, "r2(f, data) — 1 − Σ‖f(x) − y‖² / Σ‖y − ȳ‖² over the data set. Example: r2(fit(p3, train), test)",
            (c, a) -> Metrics.r2(DataBuiltins.function(a, "f"), data(a)), f, data),
        Fn.of("curve", Kind.TABLE,
            "curve(learner, D, label: f, sizes: [n...], test: m, noise: s, seed: s) — learning curve: table n, mse, r2 of the learner "
                + "fitted on the first n of max(sizes) points, tested on m fresh points (m = 2000). Example: curve(p2, S, label: f, sizes: [100, 1000])",
            (c, a) -> curve(c, a),
            req("learner", Kind.LEARNER), req("D", Kind.DISTRIBUTION), req("label", Kind.FUNCTION), req("sizes", Kind.LIST),
            opt("test", Kind.NUMBER, 2000.0), opt("noise", Kind.NUMBER, 0.0), seed),
        Fn.of("curve", Kind.TABLE,
            "curve(learner, train, test, sizes: [n...]) — learning curve on given data: fitted on the first n training points, "
                + "tested on test. Example: curve(p2, train, test, sizes: [100, 1000])",
            (c, a) -> LearningCurve.of(learner(a), a.as("train", DataSet.class, "a data set"),
                a.as("test", DataSet.class, "a data set"), a.positives("sizes")),
            req("learner", Kind.LEARNER), req("train", Kind.DATA), req("test", Kind.DATA), req("sizes", Kind.LIST)),
        Fn.of("fit", Kind.MODEL, "fit(learner, data) — the model the learner fits to the data set. Example: fit(polyreg(degree: 3), train)",
            (c, a) -> learner(a).fit(data(a)),
            req("learner", Kind.LEARNER), req("data", Kind.DATA)),
        Fn.of("predict", Kind.ANY,
            "predict(model, x) — the model (or network) at a point x (a number when d = 1), or at each point of a list of "
                + "points; the same as model(x). Example: predict(m, [0.5, -1])",
            (c, a) -> Points.at(DataBuiltins.function(a, "model"), a.get("x")),
            req("model", Kind.FUNCTION), req("x", Kind.ANY)));
  }

  static Learner learner(Args a) {
    return a.as("learner", Learner.class, "a learner");
  }

  private static Double ridge(Args a) {
    return a.has("ridge") ? a.number("ridge") : null;
  }

  static Dense dense(Args a, String who) {
    Architecture arch = NetBuiltins.arch(a);
    InvalidRequestException.require(arch instanceof Dense, "%s needs a dense architecture; %s is not dense.", who, arch);
    return (Dense) arch;
  }

  /** The given rate (NaN is refused), or NaN for Sgd's default. */
  private static double rate(Args a) {
    if (!a.has("rate")) return Double.NaN;
    double r = a.number("rate");
    InvalidRequestException.require(!Double.isNaN(r), "sgd needs a positive rate; got NaN.");
    return r;
  }

  private static Learner sgd(CallContext c, Args a) {
    return new Sgd(dense(a, "sgd"), a.positive("epochs"), rate(a), a.positive("batch"), a.seed(c), a.number("decay"),
        Schedule.of(a.string("schedule")), Runtime.getRuntime().availableProcessors());
  }

  /** Training points X ~ D from stream (seed, 1), test points from stream (seed, 2): independent, reproducible. */
  private static Table curve(CallContext c, Args a) {
    int[] sizes = a.positives("sizes");
    InvalidRequestException.require(sizes.length > 0, "curve needs at least one sample size in sizes: [...].");
    int most = java.util.Arrays.stream(sizes).max().getAsInt();
    long seed = a.seed(c);
    double noise = a.finite("noise");
    Predictor label = DataBuiltins.function(a, "label");
    DataSet train = Samples.sample(DataBuiltins.dist(a), most, Rng.stream(seed, 1).nextLong(), label, noise);
    DataSet test = Samples.sample(DataBuiltins.dist(a), a.positive("test"), Rng.stream(seed, 2).nextLong(), label, noise);
    return LearningCurve.of(learner(a), train, test, sizes);
  }
}
