package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnl.core.Pools.inPool;
import static org.nnl.core.linalg.LinalgProductsTest.random;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The invariant of {@link Gemm}: the 128-, 256- and 512-bit Vector API kernels (each with its
 * own register block), the scalar kernel and a cold {@link WarmKernel} give identical bits, on odd shapes that exercise
 * edge tiles, several K-blocks and the triangle of the Gram product, with 1, 2 and 4 threads.
 * (The Vector API runs every species, in software where the CPU lacks it, so this holds on any CPU.)
 */
class KernelBitIdentityTest {
  static final List<String> KERNELS = List.of("scalar", "128", "256", "512");
  /** KERNELS and "cold": the automatic kernel in a {@link WarmKernel} not yet warmed up (the scalar kernel with its block). */
  static final List<String> WITH_COLD = List.of("scalar", "128", "256", "512", "cold");

  static MicroKernel kernel(String k) {
    return k.equals("cold") ? new WarmKernel(Kernels.of("auto")) : Kernels.of(k);
  }

  /** A·B (lower: only i ≥ j is compared) with kernel {@code k}, on {@code threads} threads. */
  static Mat product(String k, int threads, Mat a, Mat b, boolean transB, boolean lower) throws Exception {
    MicroKernel kern = kernel(k);
    return inPool(threads, () -> {
      Mat c = new Mat(a.rows, transB ? b.rows : b.cols);
      View bv = transB ? View.transposed(b) : View.of(b);
      Gemm.run(kern, 0.75, View.of(a), bv, c.data, 0, c.cols, lower);
      if (lower) Linalg.mirrorLower(c);
      return c;
    });
  }

  @Test
  void everyKernelAndThreadCountGivesTheSameBits() throws Exception {
    // m×k·k×n: one edge in each direction, k spanning 3 K-blocks with a remainder, a tall-skinny
    // case, a shallow wide one whose tiles take whole rows,
    // and the skinny products of an SGD step: one column (A·x) and one row (xᵀ·B).
    int[][] shapes = {{203, 517, 61}, {97, 300, 131}, {1031, 33, 29}, {800, 20, 1100}, {203, 517, 1}, {1, 517, 203}};
    for (int[] s : shapes) {
      Mat a = random(s[0], s[1], 31), b = random(s[1], s[2], 32);
      Mat ref = product("scalar", 1, a, b, false, false);
      Mat bt = new Mat(s[2], s[1]);
      for (int i = 0; i < s[1]; i++) for (int j = 0; j < s[2]; j++) bt.set(j, i, b.get(i, j));
      for (String k : WITH_COLD) {
        for (int threads : new int[] {1, 2, 4}) {
          String what = k + " kernel, " + threads + " threads, shape " + s[0] + "x" + s[1] + "x" + s[2];
          assertArrayEquals(ref.data, product(k, threads, a, b, false, false).data, what);
          assertArrayEquals(ref.data, product(k, threads, a, bt, true, false).data, what + " (A·Bᵀ)");
        }
      }
    }
  }

  @Test
  void theGramTriangleIsTheSameForEveryKernel() throws Exception {
    Mat x = random(301, 211, 33);
    Mat xt = new Mat(211, 301);
    for (int i = 0; i < 301; i++) for (int j = 0; j < 211; j++) xt.set(j, i, x.get(i, j));
    Mat ref = product("scalar", 1, xt, x, false, true);
    for (String k : WITH_COLD) {
      for (int threads : new int[] {1, 2, 4}) {
        assertArrayEquals(ref.data, product(k, threads, xt, x, false, true).data, k + ", " + threads + " threads");
        MicroKernel kern = kernel(k);
        Mat g = inPool(threads, () -> {  // Xᵀ as a strided view of X (packed by its own path)
          Mat c = new Mat(211, 211);
          Gemm.run(kern, 0.75, View.transposed(x), View.of(x), c.data, 0, 211, true);
          Linalg.mirrorLower(c);
          return c;
        });
        assertArrayEquals(ref.data, g.data, k + ", " + threads + " threads, transposed view");
      }
    }
  }

  @Test
  void theEntriesAreTheFmaChainOverFixedKBlocks() throws Exception {
    // Independent of the kernels: C_ij = fma(s_1, α, fma(s_0, α, 0)) with s_b the fma chain of block b.
    // The second shape is shallow and wide, with enough rows that its tiles take whole rows
    // (Tiling's wholeRows: 1100 columns where tiles are otherwise about 500 wide).
    int[][] shapes = {{13, 300, 27}, {800, 20, 1100}};
    for (int[] sh : shapes) {
      int m = sh[0], k = sh[1], n = sh[2];
      Mat a = random(m, k, 34), b = random(k, n, 35);
      Mat c = product(Kernels.pick().mr == 8 ? "512" : "256", 2, a, b, false, false);
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          double v = 0;
          for (int pc = 0; pc < k; pc += Gemm.KC) {
            double s = 0;
            for (int p = pc; p < Math.min(k, pc + Gemm.KC); p++) s = Math.fma(a.get(i, p), b.get(p, j), s);
            v = Math.fma(s, 0.75, v);
          }
          assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(c.get(i, j)), m + "x" + k + "x" + n + " entry " + i + "," + j);
        }
      }
    }
  }

  @Test
  void theChosenKernelFitsTheCpuAndUnknownNamesAreRefused() {
    int bits = jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED.vectorBitSize();
    String name = Linalg.kernelName();
    assertTrue(bits < 128 || name.contains(Math.min(bits, 512) + "-bit"), name + " on a CPU preferring " + bits + " bits");
    assertThrows(IllegalArgumentException.class, () -> Kernels.of("1024"));
  }

  @Test
  void anUnknownKernelPropertyIsSaidOnStderrAndTheAutomaticChoiceIsUsed() {
    String before = System.getProperty("nnl.kernel");
    PrintStream err = System.err;
    ByteArrayOutputStream said = new ByteArrayOutputStream();
    try {
      System.setErr(new PrintStream(said, true, StandardCharsets.UTF_8));
      System.setProperty("nnl.kernel", "1024");
      MicroKernel kern = Kernels.pick();
      MicroKernel auto = Kernels.of("auto");
      assertEquals(auto.name(), kern.name());
      assertEquals("nnl: Unknown kernel '1024'. Known: auto, scalar, 128, 256, 512. Using the automatic choice.\n",
          said.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(err);
      if (before == null) System.clearProperty("nnl.kernel"); else System.setProperty("nnl.kernel", before);
    }
  }
}
