package org.nnl.core.measure;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Parallel;
import org.nnl.core.Progress;
import org.nnl.core.Rng;
import org.nnl.core.act.Activation;
import org.nnl.core.dist.Distribution;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;
import org.nnl.core.net.Architecture;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;

/**
 * gap(arch, D, degree: n, networks: k, samples: m): Theorem 2.3's left side
 * E_W E_x ‖Φ^i_W(x) − Φ^{i,n}_W(x)‖. Network t (t = 0..k−1) is {@code arch.draw(s_t)} with
 * s_t from {@code Rng.stream(seed, 0, t)}. With Xavier weights and D on the sphere or the cube
 * (‖x‖² = d_0) its m first-layer pre-activation vectors are importance-sampled from
 * {@code Rng.stream(seed, 3, t)} ({@link ImportanceGap}); otherwise (plain Monte Carlo) its
 * points are {@code D.sample(m, x_t)} with x_t from {@code Rng.stream(seed, 1, t)}. The networks
 * run in parallel and the result is identical for any thread count.
 */
public final class ShadowGap {
  private ShadowGap() {}

  /** How the point gaps are drawn. */
  public enum Sampler {
    /** Importance sampling where it is exact (Xavier, D on the sphere or cube), plain Monte Carlo otherwise. */
    AUTO,
    /** Importance sampling of the first layer; refused where it is not exact. */
    IMPORTANCE,
    /** Points of D, equally weighted. */
    PLAIN
  }

  public static GapEstimate gap(Architecture arch, Distribution dist, int n, int k, int m, long seed) {
    return gap(arch, dist, n, k, m, seed, Sampler.AUTO);
  }

  public static GapEstimate gap(Architecture arch, Distribution dist, int n, int k, int m, long seed, Sampler sampler) {
    InvalidRequestException.require(arch instanceof Dense,
        "gap over an architecture needs a dense architecture (shadow networks are dense); got %s.", arch);
    Dense dense = (Dense) arch;
    InvalidRequestException.require(dense.inputDim() == dist.dim(),
        "%s takes inputs of dimension %d but %s has dimension %d.", arch, dense.inputDim(), dist, dist.dim());
    InvalidRequestException.require(n >= 0, "The degree must be at least 0; got %d.", n);
    Checks.positive("networks", k);
    Checks.positive("samples", m);
    boolean exact = dense.weightLaw().isXavier() && ImportanceGap.onSphere(dist) && dense.depth() >= 2;
    if (sampler == Sampler.IMPORTANCE) {
      InvalidRequestException.require(exact,
          "Importance sampling of the gap needs Xavier weights, at least one hidden layer and inputs with ‖x‖² = d "
              + "(sphere or cube); %s on %s has none of that to lean on. Use plain sampling.", arch, dist);
    }
    boolean importance = sampler == Sampler.IMPORTANCE || (sampler == Sampler.AUTO && exact);
    MemoryGuard.requireDoubles((long) k * m * 2 + (long) Math.min(k, 2 * Runtime.getRuntime().availableProcessors())
        * ((long) m * dense.maxWidth() * 3 + dense.weightCount() * 2),
        "gap over " + k + " networks of " + arch + " with " + m + " samples each", "use fewer networks or samples");
    double bound = TheoremBound.of(dense, n);
    double[] means = new double[k];
    double[] points = new double[Mat.checkedSize(k, m)];
    double[] weights = importance ? new double[points.length] : null;
    Activation sigmaN = dense.truncated(n);
    double s = ImportanceGap.scale(dense, n);
    Progress progress = Progress.current();
    Thread caller = Thread.currentThread();
    AtomicLong done = new AtomicLong();
    progress.start("gap", k);
    try {
      Parallel.forEach(k, t -> {
        if (caller.isInterrupted()) throw new CancellationException("Interrupted.");
        DenseNetwork net = dense.draw(Rng.stream(seed, 0, t).nextLong());
        double[] g;
        double[] w = null;
        if (importance) {
          ImportanceGap.Draws d = ImportanceGap.draw(net, sigmaN, m, s, Rng.stream(seed, 3, t));
          g = d.gaps();
          w = d.weights();
        } else {
          Mat x = dist.sample(m, Rng.stream(seed, 1, t).nextLong());
          g = Gap.pointGaps(net.predict(x), net.shadow(n).predict(x));
        }
        double sum = 0;
        for (int p = 0; p < m; p++) sum += w == null ? g[p] : w[p] * g[p];
        means[t] = sum / m;
        System.arraycopy(g, 0, points, t * m, m);
        if (w != null) System.arraycopy(w, 0, weights, t * m, m);
        synchronized (progress) {
          progress.advance(done.incrementAndGet());
        }
      });
    } finally {
      progress.finish();
    }
    Progress.checkInterrupted();
    return GapEstimate.of(means, points, weights, bound, importance ? "importance" : "plain");
  }
}
