package org.nnl.bench;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.Sphere;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;
import org.nnl.core.measure.GapEstimate;
import org.nnl.core.measure.ShadowGap;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;

/**
 * The net engineer's benchmark runner (plain timing, best of several runs, printed as rates and
 * ratios measured side by side in one JVM):
 * (1) the forward pass of {@link ForwardPassBench} in GFLOP/s on one and on two threads;
 * (2) gap(dense(32 -> 512 -> 512 -> 1, relu), sphere(32), degree: 4, networks: 50, samples: 256)
 *     on a one-thread pool against a two-thread pool, identical results, and the speed-up.
 * Run: {@code java --add-modules jdk.incubator.vector -cp target/test-classes:target/classes:DEPS
 * org.nnl.bench.NetBenchmarks}; then {@code python3 bench/python/forward_numpy.py} for numpy.
 */
public final class NetBenchmarks {
  private NetBenchmarks() {}

  public static void main(String[] args) throws Exception {
    System.out.println("kernel: " + Linalg.kernelName());
    DenseNetwork net = new Dense(Activations.builtin("relu"), ForwardPassBench.WIDTHS).draw(1);
    Mat x = new Sphere(32).sample(ForwardPassBench.POINTS, 2);
    for (int threads : new int[] {1, 2}) {
      double s = best(threads, 5, () -> net.predict(x));
      System.out.printf("forward 8192 x (32 -> 1024 -> 1024 -> 1), %d thread%s: %.1f ms, %.1f GFLOP/s%n",
          threads, threads == 1 ? "" : "s", 1e3 * s, ForwardPassBench.flops() / s / 1e9);
    }
    Dense arch = new Dense(Activations.builtin("relu"), 32, 512, 512, 1);
    Supplier<GapEstimate> gap = () -> ShadowGap.gap(arch, new Sphere(32), 4, 50, 256, 1);
    GapEstimate one = in(1, gap);
    GapEstimate two = in(2, gap);
    double t1 = best(1, 3, gap);
    double t2 = best(2, 3, gap);
    double cpu0 = cpuSeconds();
    long w0 = System.nanoTime();
    in(2, gap);
    double busy = (cpuSeconds() - cpu0) / ((System.nanoTime() - w0) / 1e9);
    System.out.printf("gap over 50 networks of %s: %s (median %.4g, q99 %.4g, max %.4g)%n",
        arch, two, two.median(), two.q99(), two.max());
    System.out.printf("gap: 1 thread %.2f s, 2 threads %.2f s, speed-up %.2fx, identical results: %s%n",
        t1, t2, t1 / t2, one.equals(two));
    System.out.printf("gap on 2 threads: process CPU time / wall time ≈ %.2f (2 = both cores busy; the machine's load lowers it)%n",
        busy);
  }

  /** CPU seconds used by this process so far. */
  private static double cpuSeconds() {
    return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }

  private static <T> T in(int threads, Supplier<T> work) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(work::get).get();
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
  }

  /** The best wall time in seconds of {@code runs} runs (after one warm-up) on a pool of {@code threads}. */
  private static double best(int threads, int runs, Supplier<?> work) throws Exception {
    in(threads, work);
    double best = Double.POSITIVE_INFINITY;
    for (int r = 0; r < runs; r++) {
      long t0 = System.nanoTime();
      in(threads, work);
      best = Math.min(best, (System.nanoTime() - t0) / 1e9);
    }
    return best;
  }
}
