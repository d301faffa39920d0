package org.nnl.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.nnl.core.act.Activations;
import org.nnl.core.linalg.Cholesky;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.RandomMats;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;
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
 * Dense products of {@link Linalg} on the shapes of bench/numpy_gemm.py: C = A·Bᵀ for
 * shape "mxkxn" (A is m×k, B is n×k: the forward pass X·Wᵀ), C = A·B, and C += A·B into a
 * reused C (the product without a new result);
 * the whole forward pass of 8192 points through 32 -> 1024 -> 1024 -> 1 (relu, as the
 * network's {@link DenseNetwork#predict}: in row blocks); a
 * Cholesky solve at n = 2000; and the factor with the trace of the inverse at n = 2000. bench/gemm.sh runs this next to numpy and prints GFLOP/s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx4g", "-XX:+UseTransparentHugePages"})
public class GemmBench {
  /** A (m×k), B (k×n) and Bᵀ stored as n×k, for shape "mxkxn". */
  @State(Scope.Benchmark)
  public static class Shapes {
    @Param({"1000x1000x1000", "2000x2000x2000", "8192x32x1024", "8192x1024x1024"})
    public String shape;

    Mat a;
    Mat bt;
    Mat b;
    /** The m×n output that multAdd adds into, call after call. */
    Mat c;

    @Setup
    public void setup() {
      String[] s = shape.split("x");
      int m = Integer.parseInt(s[0]), k = Integer.parseInt(s[1]), n = Integer.parseInt(s[2]);
      a = random(m, k, 1);
      bt = random(n, k, 2);
      b = random(k, n, 3);
      c = new Mat(m, n);
    }
  }

  static Mat random(int r, int c, long seed) {
    return RandomMats.uniform(r, c, seed);
  }

  @Benchmark
  public Mat multTransB(Shapes s) {
    return Linalg.multTransB(s.a, s.bt);
  }

  @Benchmark
  public Mat mult(Shapes s) {
    return Linalg.mult(s.a, s.b);
  }

  /**
   * C += A·B into the same C every call: the product pass alone, with no new result to zero
   * (numpy's side: BLAS dgemm with beta = 1 on the same array, in place).
   */
  @Benchmark
  public Mat multAdd(Shapes s) {
    Linalg.multAdd(1, s.a, s.b, s.c);
    return s.c;
  }

  /**
   * A new m×n result alone, which the JVM zeroes before a product writes it (numpy's np.empty
   * does not): the part of mult and multTransB that no kernel can speed up.
   */
  @Benchmark
  public Mat newResult(Shapes s) {
    return new Mat(s.a.rows, s.b.cols);
  }

  /** The forward pass and the Cholesky solve, each with fixed shapes. */
  @State(Scope.Benchmark)
  public static class Fixed {
    Mat x = random(8192, 32, 4);
    Mat w1 = random(1024, 32, 5);
    Mat w2 = random(1024, 1024, 6);
    Mat w3 = random(1, 1024, 7);
    DenseNetwork net = new DenseNetwork(new Dense(Activations.builtin("relu"), 32, 1024, 1024, 1), List.of(w1, w2, w3));
    Mat spd;
    Mat rhs = random(2000, 1, 8);

    @Setup
    public void setup() {
      spd = Linalg.gram(random(2000, 2000, 9));
      for (int i = 0; i < 2000; i++) spd.data[i * 2000 + i] += 2000;
    }
  }

  /**
   * Φ³ = W³σ(W²σ(W¹x)) for the 8192 points, σ = √2·relu (the normalized relu: numpy_gemm.py folds
   * the √2 into W² and W³ and applies max(z, 0) in place).
   */
  @Benchmark
  public Mat forwardPass(Fixed f) {
    return f.net.predict(f.x);
  }

  @Benchmark
  public Mat choleskySolve2000(Fixed f) {
    return Cholesky.factor(f.spd, 0).solve(f.rhs);
  }

  /** The factor and tr(A⁻¹) = ‖L⁻¹‖_F² (the effective dimension's cost), n = 2000. */
  @Benchmark
  public double traceInverse2000(Fixed f) {
    return Cholesky.factor(f.spd, 0).traceInverse();
  }
}
