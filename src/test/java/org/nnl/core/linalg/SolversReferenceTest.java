package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Solvers against scipy/numpy (LAPACK), stored by reference/linalg/make_solvers.py. */
class SolversReferenceTest {
  static final int N = 80;
  static final int P = 40;

  static Map<String, double[]> load() throws IOException {
    Map<String, double[]> out = new HashMap<>();
    try (InputStream in = SolversReferenceTest.class.getResourceAsStream("/reference/linalg/solvers.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] f = line.trim().split(" ");
        out.put(f[0], Arrays.stream(f, 1, f.length).mapToDouble(Double::parseDouble).toArray());
      }
    }
    return out;
  }

  /** The formulas of make_solvers.py. */
  static Mat m() {
    Mat m = new Mat(N, P);
    for (int i = 0; i < N; i++)
      for (int j = 0; j < P; j++) m.set(i, j, Math.sin(0.37 * (i + 1) * (j + 1)) + 0.1 * Math.cos(i - 2 * j));
    return m;
  }

  static Mat s() {
    Mat s = scaled(Linalg.gram(m()), 1.0 / N);
    for (int i = 0; i < P; i++) s.data[i * P + i] += 0.1;
    return s;
  }

  static Mat d() {
    Mat m = m(), d = new Mat(N, 20);
    for (int i = 0; i < N; i++) {
      for (int j = 0; j < 12; j++) d.set(i, j, m.get(i, j));
      for (int j = 12; j < 20; j++) d.set(i, j, d.get(i, j - 12) + d.get(i, j - 11));
    }
    return d;
  }

  static Mat b(int n) {
    Mat b = new Mat(n, 1);
    for (int i = 0; i < n; i++) b.data[i] = Math.cos(0.5 * i + 1);
    return b;
  }

  static Mat scaled(Mat a, double f) {
    Mat c = a.copy();
    for (int i = 0; i < c.data.length; i++) c.data[i] *= f;
    return c;
  }

  static void assertVec(double[] expected, double[] actual, double relTol) {
    assertEquals(expected.length, actual.length);
    double scale = Arrays.stream(expected).map(Math::abs).max().orElse(1);
    for (int i = 0; i < expected.length; i++) assertEquals(expected[i], actual[i], relTol * scale, "entry " + i);
  }

  @Test
  void choleskyMatchesScipy() throws IOException {
    Map<String, double[]> ref = load();
    Cholesky c = Cholesky.factor(s(), 0);
    assertVec(ref.get("chol_solve_S"), c.solve(b(P).data), 1e-11);
    assertVec(ref.get("chol_solve_S_ridge"), Cholesky.factor(s(), 0.25).solve(b(P).data), 1e-12);
    assertEquals(ref.get("logdet_S")[0], c.logDeterminant(), 1e-12 * 52);
    assertEquals(ref.get("trace_inv_S")[0], c.traceInverse(), 1e-11 * 237);
  }

  @Test
  void eigenvaluesMatchNumpy() throws IOException {
    Map<String, double[]> ref = load();
    assertVec(ref.get("eigvals_S"), SymmetricEigen.values(s()), 1e-13);
    Mat g = scaled(Linalg.gram(d()), 1.0 / N);
    SymmetricEigen e = SymmetricEigen.of(g);
    assertVec(ref.get("eigvals_G"), e.values(), 1e-13);
    assertEquals((int) ref.get("rank_D")[0], e.rank(1e-10 * e.values()[19]));
    Mat rhs = scaled(Linalg.multTransA(d(), b(N)), 1.0 / N);
    assertVec(ref.get("pinv_G_Dtb"), e.solveMinNorm(rhs, 1e-10 * e.values()[19]).data, 1e-8);
  }

  @Test
  void leastSquaresMatchNumpy() throws IOException {
    Map<String, double[]> ref = load();
    assertVec(ref.get("lstsq_M"), LeastSquares.qr(m(), b(N)).data, 1e-9);
    assertVec(ref.get("minnorm_D"), LeastSquares.minNorm(d(), b(N)).data, 1e-9);
  }
}
