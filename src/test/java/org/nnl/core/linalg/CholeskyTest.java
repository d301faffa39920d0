package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnl.core.linalg.KernelBitIdentityTest.KERNELS;
import static org.nnl.core.linalg.SolversReferenceTest.assertVec;
import static org.nnl.core.Pools.inPool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/**
 * The recursive Cholesky ({@link BlockedCholesky}), its blocked solves and the triangular inverse
 * behind {@link Cholesky#traceInverse}: against scipy (reference/linalg/make_cholesky.py), the
 * residual ‖LLᵀ − A‖/‖A‖, an EJML inverse, and identical bits for every kernel and thread count.
 */
class CholeskyTest {
  static Map<String, double[]> load() throws IOException {
    Map<String, double[]> out = new HashMap<>();
    try (InputStream in = CholeskyTest.class.getResourceAsStream("/reference/linalg/cholesky.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.trim().split(" ");
        out.put(f[0], Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray());
      }
    }
    return out;
  }

  /** The matrices of make_cholesky.py: A = MᵀM/200 + 0.05·I (150×150) and B (150×3). */
  static Mat referenceA() {
    int n = 200, p = 150;
    Mat m = new Mat(n, p);
    for (int i = 0; i < n; i++)
      for (int j = 0; j < p; j++) m.set(i, j, Math.sin(0.37 * (i + 1) * (j + 1)) + 0.1 * Math.cos(i - 2 * j));
    Mat a = Linalg.gram(m);
    for (int i = 0; i < a.data.length; i++) a.data[i] /= n;
    for (int i = 0; i < p; i++) a.data[i * p + i] += 0.05;
    return a;
  }

  static Mat referenceB() {
    Mat b = new Mat(150, 3);
    for (int i = 0; i < 150; i++) for (int c = 0; c < 3; c++) b.set(i, c, Math.cos(0.5 * i + 1 + c));
    return b;
  }

  /** A random SPD matrix GᵀG/k + I (n×n). */
  static Mat spd(int n, long seed) {
    Mat g = Linalg.gram(LinalgProductsTest.random(n + 7, n, seed));
    for (int i = 0; i < g.data.length; i++) g.data[i] /= n + 7;
    for (int i = 0; i < n; i++) g.data[i * n + i] += 1;
    return g;
  }

  @Test
  void factorSolveTraceAndLogDetMatchScipy() throws IOException {
    Map<String, double[]> ref = load();
    Cholesky c = Cholesky.factor(referenceA(), 0);
    Mat l = c.lower();
    for (int r : new int[] {0, 47, 48, 95, 96, 127, 128, 149}) {
      assertVec(ref.get("L_row_" + r), Arrays.copyOf(l.row(r), r + 1), 1e-13);
      for (int j = r + 1; j < 150; j++) assertEquals(0, l.get(r, j), "above the diagonal, row " + r);
    }
    double[] diag = new double[150];
    for (int i = 0; i < 150; i++) diag[i] = l.get(i, i);
    assertVec(ref.get("L_diag"), diag, 1e-13);
    assertVec(ref.get("solve_B"), c.solve(referenceB()).data, 1e-12);
    double tr = ref.get("trace_inv")[0];
    assertEquals(tr, c.traceInverse(), 1e-12 * tr);
    assertEquals(ref.get("logdet")[0], c.logDeterminant(), 1e-12 * 217);
  }

  @Test
  void residualIsOfTheOrderOfMachinePrecision() {
    int n = 517;
    Mat a = spd(n, 41);
    Mat l = Cholesky.factor(a, 0).lower();
    double num = 0, den = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = 0;
        for (int k = 0; k <= j; k++) s = Math.fma(l.get(i, k), l.get(j, k), s);
        double d = s - a.get(i, j);
        num += (i == j ? 1 : 2) * d * d;
        den += (i == j ? 1 : 2) * a.get(i, j) * a.get(i, j);
      }
    }
    double rel = Math.sqrt(num / den), eps = Math.ulp(1.0);
    assertTrue(rel < n * eps, "‖LLᵀ − A‖/‖A‖ = " + rel + ", n·eps = " + n * eps);
    assertTrue(rel > 0, "an exact zero residual would mean the test compares L with itself");
  }

  @Test
  void traceInverseAgreesWithADenseInverse() {
    // The old path (dense L⁻¹) and an independent one: EJML's LU inverse of A.
    int n = 300;
    Mat a = spd(n, 42);
    DMatrixRMaj inv = new DMatrixRMaj(n, n);
    assertTrue(CommonOps_DDRM.invert(Ejml.copy(a), inv));
    double expected = CommonOps_DDRM.trace(inv);
    Cholesky c = Cholesky.factor(a, 0);
    assertEquals(expected, c.traceInverse(), 1e-12 * expected);
    Mat dense = c.solve(identity(n));
    double viaSolve = 0;
    for (int i = 0; i < n; i++) viaSolve += dense.get(i, i);
    assertEquals(expected, viaSolve, 1e-12 * expected);
  }

  @Test
  void effectiveDimensionFromTheTraceMatchesTheEigenvalues() {
    // p − λ·tr((G + λI)⁻¹) (PolyReg's formula) against Σ μ_i/(μ_i + λ) from EJML's eigenvalues.
    int p = 211;
    Mat g = Linalg.gram(LinalgProductsTest.random(400, p, 45));
    for (int i = 0; i < g.data.length; i++) g.data[i] /= 400;
    double lambda = 0.05;
    double fromTrace = p - lambda * Cholesky.factor(g, lambda).traceInverse();
    double fromEigen = SymmetricEigen.of(g).effectiveDimension(lambda);
    assertEquals(fromEigen, fromTrace, 1e-12 * fromEigen);
    assertTrue(fromTrace < p - 1, "the ridge must matter in this test: " + fromTrace);
  }

  static double[] column(Mat m, int c) {
    double[] v = new double[m.rows];
    for (int i = 0; i < m.rows; i++) v[i] = m.get(i, c);
    return v;
  }

  static Mat identity(int n) {
    Mat e = new Mat(n, n);
    for (int i = 0; i < n; i++) e.data[i * n + i] = 1;
    return e;
  }

  @Test
  void everyKernelAndThreadCountGivesTheSameBits() throws Exception {
    // Odd sizes: one block, a block and a bit, three recursion levels with ragged edges.
    for (int n : new int[] {47, 53, 203, 331}) {
      Mat a = spd(n, 43 + n);
      Mat b = LinalgProductsTest.random(n, 5, 44);
      Cholesky ref = inPool(1, () -> Cholesky.tryFactor(a, 0.5, new ScalarKernel()));
      Mat refL = ref.lower(), refX = ref.solve(b);
      double[] refX1 = ref.solve(column(b, 0));
      double refTr = ref.traceInverse();
      for (String k : KERNELS) {
        MicroKernel kern = Kernels.of(k);
        for (int threads : new int[] {1, 2, 4}) {
          String what = k + " kernel, " + threads + " threads, n = " + n;
          Mat[] got = new Mat[3];
          double[] tr = new double[1];
          inPool(threads, () -> {
            Cholesky c = Cholesky.tryFactor(a, 0.5, kern);
            got[0] = c.lower();
            got[1] = c.solve(b);
            got[2] = new Mat(n, 1, c.solve(column(b, 0)));
            tr[0] = c.traceInverse();
            return null;
          });
          assertArrayEquals(refL.data, got[0].data, what + ": L");
          assertArrayEquals(refX.data, got[1].data, what + ": solve, 5 right sides");
          assertArrayEquals(refX1, got[2].data, what + ": solve, 1 right side");
          assertEquals(Double.doubleToLongBits(refTr), Double.doubleToLongBits(tr[0]), what + ": trace of the inverse");
        }
      }
      // The public path (the default Java backend, the chosen kernel) gives the same bits.
      if (Linalg.backend().equals("java")) assertArrayEquals(refL.data, Cholesky.tryFactor(a, 0.5).lower().data, "default path, n = " + n);
    }
  }

  @Test
  void theRowChunksOfTheParallelPanelWorkDoNotChangeTheBits() throws Exception {
    // n = 517: the top panel solve and trailing update have 229 rows, split into row chunks
    // whose boundaries follow the kernel's mr (120 rows for mr = 6 or 8, 115 for mr = 5).
    int n = 517;
    MicroKernel k68 = new ScalarKernel(6, 8), k57 = new ScalarKernel(5, 7), k512 = Kernels.of("512");
    assertTrue(BlockedCholesky.chunk(229, k57) != BlockedCholesky.chunk(229, k68), "the chunks must differ in this test");
    assertTrue(BlockedCholesky.chunk(229, k68) < 229, "more than one chunk");
    Mat a = spd(n, 46);
    Mat b = LinalgProductsTest.random(n, 2, 47);
    Cholesky ref = inPool(1, () -> Cholesky.tryFactor(a, 0, k68));
    Mat refL = ref.lower(), refX = ref.solve(b);
    for (MicroKernel kern : new MicroKernel[] {k57, k512}) {
      for (int threads : new int[] {1, 2, 4}) {
        Cholesky c = inPool(threads, () -> Cholesky.tryFactor(a, 0, kern));
        String what = kern.mr + "x" + kern.nr + " kernel, " + threads + " threads";
        Mat l = c.lower();
        assertArrayEquals(refL.data, l.data, what + ": L");
        for (int i = 0; i < n; i++) {
          for (int j = i + 1; j < n; j++) if (l.get(i, j) != 0) assertEquals(0, l.get(i, j), what + ": L above the diagonal at " + i + ", " + j);
        }
        assertArrayEquals(refX.data, inPool(threads, () -> c.solve(b)).data, what + ": solve");
      }
    }
  }
}
