package org.nnl.core.measure;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Progress;
import org.nnl.core.Rng;
import org.nnl.core.dist.Distribution;
import org.nnl.core.linalg.MemoryGuard;
import org.nnl.core.dist.Parallel;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Architecture;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;

/**
 * gap(arch, D, degree: n, networks: k, samples: m): Theorem 2.3's left side
 * E_W E_x ‖Φ^i_W(x) − Φ^{i,n}_W(x)‖. Network t (t = 0..k−1) is {@code arch.draw(s_t)} with
 * s_t from {@code Rng.stream(seed, 0, t)}, its points {@code D.sample(m, x_t)} with x_t from
 * {@code Rng.stream(seed, 1, t)}; the networks run in parallel and the result is identical for
 * any thread count.
 */
public final class ShadowGap {
  private ShadowGap() {}

  public static GapEstimate gap(Architecture arch, Distribution dist, int n, int k, int m, long seed) {
    InvalidRequestException.require(arch instanceof Dense,
        "gap over an architecture needs a dense architecture (shadow networks are dense); got %s.", arch);
    Dense dense = (Dense) arch;
    InvalidRequestException.require(dense.inputDim() == dist.dim(),
        "%s takes inputs of dimension %d but %s has dimension %d.", arch, dense.inputDim(), dist, dist.dim());
    InvalidRequestException.require(n >= 0, "The degree must be at least 0; got %d.", n);
    Checks.positive("networks", k);
    Checks.positive("samples", m);
    MemoryGuard.requireDoubles((long) k * m + (long) Math.min(k, 2 * Runtime.getRuntime().availableProcessors())
        * ((long) m * dense.maxWidth() * 3 + dense.weightCount() * 2),
        "gap over " + k + " networks of " + arch + " with " + m + " samples each", "use fewer networks or samples");
    double bound = TheoremBound.of(dense, n);
    double[] means = new double[k];
    double[] points = new double[Mat.checkedSize(k, m)];
    Progress progress = Progress.current();
    Thread caller = Thread.currentThread();
    AtomicLong done = new AtomicLong();
    progress.start("gap", k);
    try {
      Parallel.forEach(k, t -> {
        if (caller.isInterrupted()) throw new CancellationException("Interrupted.");
        DenseNetwork net = dense.draw(Rng.stream(seed, 0, t).nextLong());
        Mat x = dist.sample(m, Rng.stream(seed, 1, t).nextLong());
        Mat phi = net.predict(x);
        Mat shadow = net.shadow(n).predict(x);
        double[] g = Gap.pointGaps(phi, shadow);
        Gap.requireFinite(g, phi, shadow, "network " + (t + 1) + " of " + k, "its shadow");
        double s = 0;
        for (double v : g) s += v;
        means[t] = s / m;
        System.arraycopy(g, 0, points, t * m, m);
        synchronized (progress) {
          progress.advance(done.incrementAndGet());
        }
      });
    } finally {
      progress.finish();
    }
    Progress.checkInterrupted();
    return GapEstimate.of(means, points, bound);
  }
}
