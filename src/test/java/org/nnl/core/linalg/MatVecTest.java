package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.nnl.core.Pools.inPool;
import static org.nnl.core.linalg.LinalgProductsTest.random;

import org.junit.jupiter.api.Test;

/**
 * {@link MatVec}'s two loop orders (eight rows at a time for a row-major A; rows side by side,
 * p outermost, for an A with contiguous columns such as Φᵀ) give the bits of the entry-by-entry
 * definition {@link Gemm#direct}: acc ← fma(a_ip, b_p, acc) per K-block, c ← fma(acc, α, c).
 */
class MatVecTest {
  /** C (m×ldc, column {@code col} written) += 0.75·A·b by MatVec on {@code threads} threads, or by the definition. */
  static double[] run(View a, View b, int ldc, int col, int threads, boolean definition) throws Exception {
    double[] c = new double[a.rows() * ldc];
    for (int i = 0; i < c.length; i++) c[i] = 1.0 / (i + 3);  // a nonzero C: the += is part of the chain
    return inPool(threads, () -> {
      if (definition) Gemm.direct(0.75, a, b, c, col, ldc, false);
      else MatVec.run(0.75, a, b, c, col, ldc, true);
      return c;
    });
  }

  @Test
  void bothLoopOrdersAreTheDefinitionsChains() throws Exception {
    // m = 700: two full tasks of 256 rows and a ragged one; k = 600: K-blocks 256, 256, 88.
    Mat x = random(600, 700, 41), xt = new Mat(700, 600), y = random(600, 1, 42);
    for (int i = 0; i < 600; i++) for (int j = 0; j < 700; j++) xt.set(j, i, x.get(i, j));
    View b = View.of(y);
    for (View a : new View[] {View.transposed(x), View.of(xt)}) {  // the same matrix, columns or rows contiguous
      double[] ref = run(a, b, 3, 1, 1, true);
      for (int threads : new int[] {1, 2, 4}) {
        assertArrayEquals(ref, run(a, b, 3, 1, threads, false), "rs " + a.rs() + ", " + threads + " threads");
      }
    }
  }

  @Test
  void theNormalEquationsRightHandSideIsUnchanged() {
    // Φᵀy as NormalEquations forms it (Linalg.multTransAAdd on a tall Φ) against the definition.
    Mat phi = random(1184, 300, 43), y = random(1184, 1, 44), got = new Mat(300, 1);
    Linalg.multTransAAdd(1, phi, y, got);
    double[] ref = new double[300];
    Gemm.direct(1, View.transposed(phi), View.of(y), ref, 0, 1, false);
    assertArrayEquals(ref, got.data);
  }
}
