package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnl.core.linalg.LinalgProductsTest.random;
import static org.nnl.core.Pools.inPool;

import org.junit.jupiter.api.Test;

/** Bit-identical results for any thread count, batch composition and kernel implementation. */
class LinalgDeterminismTest {
  @Test
  void identicalBitsForOneTwoAndFiveThreads() throws Exception {
    Mat x = random(1500, 300, 21), w = random(700, 300, 22);
    Mat one = inPool(1, () -> Linalg.multTransB(x, w));
    Mat two = inPool(2, () -> Linalg.multTransB(x, w));
    Mat five = inPool(5, () -> Linalg.multTransB(x, w));
    Mat common = Linalg.multTransB(x, w);
    assertArrayEquals(one.data, two.data);
    assertArrayEquals(one.data, five.data);
    assertArrayEquals(one.data, common.data);
    Mat g1 = inPool(1, () -> Linalg.gram(x)), g3 = inPool(3, () -> Linalg.gram(x));
    assertArrayEquals(g1.data, g3.data);
  }

  @Test
  void aRowAloneEqualsTheSameRowInABatch() {
    Mat x = random(900, 300, 23), w = random(257, 300, 24);
    Mat batch = Linalg.multTransB(x, w);
    for (int i : new int[] {0, 5, 128, 899}) {
      Mat row = new Mat(1, 300, x.row(i));
      assertArrayEquals(batch.row(i), Linalg.multTransB(row, w).data, "row " + i);
    }
    double[] col = new double[300];
    for (int p = 0; p < 300; p++) col[p] = w.get(7, p);
    double[] y = Linalg.multVec(x, col);
    for (int i = 0; i < 900; i++) assertEquals(batch.get(i, 7), y[i]);
  }

  @Test
  void scalarFallbackGivesTheSameBitsAsTheActiveKernel() {
    Mat a = random(203, 517, 25), b = random(517, 61, 26);
    Mat fast = new Mat(203, 61), slow = new Mat(203, 61);
    Gemm.run(Gemm.KERNEL, 1, View.of(a), View.of(b), fast.data, 0, 61, false);
    Gemm.run(new ScalarKernel(), 1, View.of(a), View.of(b), slow.data, 0, 61, false);
    assertArrayEquals(fast.data, slow.data);
    assertTrue(Linalg.kernelName().startsWith("Vector API"), Linalg.kernelName());
  }
}
