package org.nnl.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.nnl.core.Table;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;
import org.nnl.core.hermite.Hermite;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * hermite(σ, 60) — coefficients and tails, i = 0..60 — for a fresh user-defined kinked
 * activation max(0.1x, x) + clip(x, −1, 1)/2 (kinks declared or found by adaptive splitting,
 * the rule and the expansion built from scratch each call), and for a cached one; plus the
 * in-place forward loops of some built-ins and of truncate(relu, 8) on 2^16 points. Run:
 * {@code java -cp target/test-classes:target/classes:DEPS org.openjdk.jmh.Main HermiteBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class HermiteBench {
  @Param({"declared", "found"})
  public String kinks;

  private Activation cached;
  private double[] xs;
  private double[] buf;
  private Activation erf;
  private Activation gelu;
  private Activation relu;
  private Activation shadow;

  private Activation fresh() {
    double[] k = "declared".equals(kinks) ? new double[] {-1, 0, 1} : new double[0];
    return Activations.user("k", x -> Math.max(0.1 * x, x) + 0.5 * Math.max(-1, Math.min(1, x)), k);
  }

  @Setup
  public void setup() {
    cached = fresh();
    Hermite.table(cached, 60);
    SplittableRandom r = new SplittableRandom(1);
    xs = new double[1 << 16];
    for (int i = 0; i < xs.length; i++) xs[i] = r.nextGaussian() * 2;
    buf = new double[xs.length];
    erf = Activations.builtin("erf");
    gelu = Activations.builtin("gelu");
    relu = Activations.builtin("relu");
    shadow = Hermite.truncate(relu, 8);
  }

  @Benchmark
  public Table hermite60Fresh() {
    return Hermite.table(fresh(), 60);
  }

  @Benchmark
  public Table hermite60Cached() {
    return Hermite.table(cached, 60);
  }

  private double[] run(Activation a) {
    System.arraycopy(xs, 0, buf, 0, xs.length);
    a.applyInPlace(buf, 0, buf.length);
    return buf;
  }

  @Benchmark
  public double[] applyRelu() {
    return run(relu);
  }

  @Benchmark
  public double[] applyErf() {
    return run(erf);
  }

  @Benchmark
  public double[] applyGelu() {
    return run(gelu);
  }

  @Benchmark
  public double[] applyTruncatedRelu8() {
    return run(shadow);
  }
}
