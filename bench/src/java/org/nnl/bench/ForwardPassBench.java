package org.nnl.bench;

import java.util.concurrent.TimeUnit;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.Sphere;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The batched forward pass of 8192 points through dense(32 -> 1024 -> 1024 -> 1, act: relu):
 * 2·8192·(32·1024 + 1024·1024 + 1024) = 17.7 GFLOP per call, so GFLOP/s = 17.73 / (seconds per
 * call). Compare with bench/python/forward_numpy.py (the same pass in numpy) run in the same
 * session; {@link NetBenchmarks} prints both rates directly. Run:
 * {@code java -cp target/test-classes:target/classes:DEPS org.openjdk.jmh.Main ForwardPassBench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class ForwardPassBench {
  static final int POINTS = 8192;
  static final int[] WIDTHS = {32, 1024, 1024, 1};

  private DenseNetwork net;
  private Mat x;

  @Setup
  public void setup() {
    net = new Dense(Activations.builtin("relu"), WIDTHS).draw(1);
    x = new Sphere(32).sample(POINTS, 2);
  }

  /** 2·n·Σ_j d_j·d_{j−1}: the multiply-adds of the products. */
  static double flops() {
    double s = 0;
    for (int j = 1; j < WIDTHS.length; j++) s += (double) WIDTHS[j] * WIDTHS[j - 1];
    return 2.0 * POINTS * s;
  }

  @Benchmark
  public Mat forward() {
    return net.predict(x);
  }
}
