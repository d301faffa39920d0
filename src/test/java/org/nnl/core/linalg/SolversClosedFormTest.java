package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnl.core.Pools.inPool;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;

/** Solvers against closed forms and EJML's unblocked Cholesky; refusals. */
class SolversClosedFormTest {
  /** The Kac–Murdock–Szegő matrix A_ij = ρ^|i−j|: det = (1−ρ²)^(n−1), A⁻¹ tridiagonal. */
  static Mat kms(int n, double rho) {
    Mat a = new Mat(n, n);
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a.set(i, j, Math.pow(rho, Math.abs(i - j)));
    return a;
  }

  @Test
  void choleskyOfKmsMatrixAcrossSeveralBlocks() {
    int n = 300;
    double rho = 0.7, q = 1 - rho * rho;
    Cholesky c = Cholesky.factor(kms(n, rho), 0);
    double[] b = new double[n];
    for (int i = 0; i < n; i++) b[i] = Math.sin(i + 0.5);
    double[] x = c.solve(b);
    for (int i = 0; i < n; i++) {
      double diag = (i == 0 || i == n - 1) ? 1 / q : (1 + rho * rho) / q;
      double ax = diag * b[i] - rho / q * ((i > 0 ? b[i - 1] : 0) + (i < n - 1 ? b[i + 1] : 0));
      assertEquals(ax, x[i], 1e-12 * 10, "x_" + i);
    }
    assertEquals((n - 1) * Math.log(q), c.logDeterminant(), 1e-11);
    assertEquals((2 + (n - 2) * (1 + rho * rho)) / q, c.traceInverse(), 1e-10);
    assertEquals(q, c.lower().get(n - 1, n - 1) * c.lower().get(n - 1, n - 1), 1e-13);
  }

  @Test
  void blockedCholeskyAgreesWithEjmlAndIsThreadIndependent() throws Exception {
    Mat m = LinalgProductsTest.random(800, 700, 31);
    Mat a = Linalg.gram(m);
    Mat b = LinalgProductsTest.random(700, 3, 32);
    LinearSolverDense<DMatrixRMaj> ejml = LinearSolverFactory_DDRM.chol(700);
    assertTrue(ejml.setA(Ejml.copy(a)));
    DMatrixRMaj expected = new DMatrixRMaj(700, 3);
    ejml.solve(Ejml.copy(b), expected);
    Mat x = Cholesky.factor(a, 0).solve(b);
    double scale = 0;
    for (double v : expected.data) scale = Math.max(scale, Math.abs(v));
    for (int i = 0; i < x.data.length; i++) assertEquals(expected.data[i], x.data[i], 1e-9 * scale);
    Mat one = inPool(1, () -> Cholesky.factor(a, 0).lower());
    Mat three = inPool(3, () -> Cholesky.factor(a, 0).lower());
    assertArrayEquals(one.data, three.data);
  }

  @Test
  void singularSystemsAreRefusedWithARidgeSuggestion() {
    Mat ones = new Mat(5, 5);
    java.util.Arrays.fill(ones.data, 1);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> Cholesky.factor(ones, 0));
    assertTrue(e.getMessage().contains("singular") && e.getMessage().contains("ridge: 1e-8"), e.getMessage());
    assertNull(Cholesky.tryFactor(Mat.of(new double[][] {{1, 2}, {2, 1}}), 0));
    Cholesky ridged = Cholesky.factor(ones, 1);
    // (J + I)⁻¹ = I − J/(1 + n) for the all-ones J: first column (5/6, −1/6, ...).
    assertEquals(1 - 1.0 / 6, ridged.solve(new double[] {1, 0, 0, 0, 0})[0], 1e-15);
    assertEquals(-1.0 / 6, ridged.solve(new double[] {1, 0, 0, 0, 0})[3], 1e-15);
  }

  @Test
  void eigenvaluesOfTheSecondDifferenceMatrix() {
    int n = 50;
    Mat t = new Mat(n, n);
    for (int i = 0; i < n; i++) {
      t.set(i, i, 2);
      if (i > 0) t.set(i, i - 1, -1);
      if (i < n - 1) t.set(i, i + 1, -1);
    }
    SymmetricEigen e = SymmetricEigen.of(t);
    double[] mu = e.values();
    for (int k = 1; k <= n; k++) assertEquals(2 - 2 * Math.cos(k * Math.PI / (n + 1)), mu[k - 1], 1e-13);
    Mat v = e.vectors();
    Mat vtv = Linalg.multTransA(v, v);
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) assertEquals(i == j ? 1 : 0, vtv.get(i, j), 1e-13);
    double lambda = 0.3, expected = 0;
    for (double m : mu) expected += m / (m + lambda);
    assertEquals(expected, e.effectiveDimension(lambda), 1e-13);
    assertEquals(n, e.effectiveDimension(0), 0);
  }

  @Test
  void rankDeficientQrIsRefused() {
    Mat d = SolversReferenceTest.d();
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> LeastSquares.qr(d, SolversReferenceTest.b(80)));
    assertTrue(e.getMessage().contains("80x20") && e.getMessage().contains("minimum-norm"), e.getMessage());
  }

  @Test
  void memoryGuardRefusesWithSizeAndWayOut() {
    MemoryGuard.requireFits(1000, 1000, "matrix", "use less");
    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> MemoryGuard.requireFits(200_000, 1_000_000, "design matrix", "use a lower degree or fewer samples"));
    assertEquals("A 200000x1000000 design matrix would take 1490.1 GiB, more than the "
        + MemoryGuard.gib(MemoryGuard.limitBytes()) + " this JVM can give; use a lower degree or fewer samples.", e.getMessage());
    assertTrue(MemoryGuard.limitBytes() < Runtime.getRuntime().maxMemory());
  }
}
