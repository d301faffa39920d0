package org.nnl.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleUnaryOperator;
import org.nnl.core.act.Activation;
import org.nnl.lang.Session;
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
 * A user activation compiled from NNL ({@code activation f(x) = max(0.1 * x, x) + 0.5 * tanh(x) ^ 2})
 * against the same function written in Java, on 2^16 points per call: the ratio is the cost of
 * the closure compilation (no tree walk per point). Run:
 * {@code java -cp target/test-classes:target/classes:DEPS org.openjdk.jmh.Main UserActivationBench}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class UserActivationBench {
  private double[] xs;
  private Activation compiled;
  private final DoubleUnaryOperator java = x -> {
    double t = Math.tanh(x);
    return Math.max(0.1 * x, x) + 0.5 * (t * t);
  };

  @Setup
  public void setup() {
    Session s = new Session();
    s.eval("activation f(x) = max(0.1 * x, x) + 0.5 * tanh(x) ^ 2", "bench");
    compiled = (Activation) s.get("f");
    SplittableRandom r = new SplittableRandom(1);
    xs = new double[1 << 16];
    for (int i = 0; i < xs.length; i++) xs[i] = r.nextGaussian();
  }

  @Benchmark
  public double nnlFormula() {
    double sum = 0;
    for (double x : xs) sum += compiled.raw(x);
    return sum;
  }

  @Benchmark
  public double javaLambda() {
    double sum = 0;
    for (double x : xs) sum += java.applyAsDouble(x);
    return sum;
  }
}
