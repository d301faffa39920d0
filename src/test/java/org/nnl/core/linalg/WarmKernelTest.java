package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.nnl.core.linalg.LinalgProductsTest.random;

import org.junit.jupiter.api.Test;

/**
 * {@link WarmKernel}: cold, it is the scalar kernel with the vector kernel's register block;
 * its warm-up ends with the vector kernel in use (this JVM has C2); products give the same bits
 * before and after; the kernel ./nnl reports is the vector kernel's.
 */
class WarmKernelTest {
  static Mat product(MicroKernel kern, Mat a, Mat b) {
    Mat c = new Mat(a.rows, b.cols);
    Gemm.run(kern, 1, View.of(a), View.of(b), c.data, 0, c.cols, false);
    return c;
  }

  @Test
  void warmingUpSwitchesToTheVectorKernelWithTheSameBits() {
    MicroKernel vector = Kernels.of("auto");
    WarmKernel k = new WarmKernel(vector);
    assertEquals(vector.name(), k.name());
    assertEquals(vector.mr, k.mr);
    assertEquals(vector.nr, k.nr);
    Mat a = random(77, 300, 81), b = random(300, 53, 82);
    Mat cold = product(k, a, b);
    assertFalse(k.hot());
    assertArrayEquals(product(new ScalarKernel(vector.mr, vector.nr), a, b).data, cold.data);
    k.warmUp();
    assertTrue(k.hot(), "the vector kernel reached compiled speed");
    assertArrayEquals(cold.data, product(k, a, b).data);
    assertArrayEquals(cold.data, product(vector, a, b).data);
  }

  @Test
  void theKernelInUseIsNamedAfterTheVectorKernel() {
    assertEquals(Kernels.of("auto").name(), Linalg.kernelName());
  }
}
