package org.nnl.core.linalg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.junit.jupiter.api.Test;

/** The fast products against EJML's CommonOps_DDRM (an independent implementation). */
class LinalgProductsTest {
  static Mat random(int r, int c, long seed) {
    return RandomMats.uniform(r, c, seed);
  }

  static DMatrixRMaj ejml(Mat m) {
    return new DMatrixRMaj(m.rows, m.cols, true, m.data);
  }

  /** |x − y| ≤ 1e-13·k·(1 + |y|) entrywise: rounding of a k-term sum of terms ≤ 1. */
  static void assertClose(DMatrixRMaj expected, Mat actual, int k) {
    assertEquals(expected.numRows, actual.rows);
    assertEquals(expected.numCols, actual.cols);
    for (int i = 0; i < actual.data.length; i++) {
      double e = expected.data[i];
      assertEquals(e, actual.data[i], 1e-13 * Math.max(k, 1) * (1 + Math.abs(e)), "entry " + i);
    }
  }

  static final int[][] SHAPES = {
      {1, 1, 1}, {1, 7, 1}, {3, 0, 5}, {0, 4, 3}, {5, 3, 0}, {2, 3, 5}, {13, 17, 19}, {4, 256, 12},
      {31, 257, 29}, {97, 101, 103}, {130, 64, 200}, {67, 600, 45}, {1, 1000, 300}, {300, 1000, 1},
      {257, 13, 511}};

  @Test
  void productsMatchEjmlOnOddShapes() {
    for (int[] s : SHAPES) {
      int n = s[0], k = s[1], m = s[2];
      Mat a = random(n, k, 1 + n), b = random(k, m, 2 + m), bt = random(m, k, 3 + m), at = random(k, n, 4 + n);
      DMatrixRMaj ab = new DMatrixRMaj(n, m), abt = new DMatrixRMaj(n, m), atb = new DMatrixRMaj(n, m);
      CommonOps_DDRM.mult(ejml(a), ejml(b), ab);
      CommonOps_DDRM.multTransB(ejml(a), ejml(bt), abt);
      CommonOps_DDRM.multTransA(ejml(at), ejml(b), atb);
      assertClose(ab, Linalg.mult(a, b), k);
      assertClose(abt, Linalg.multTransB(a, bt), k);
      assertClose(atb, Linalg.multTransA(at, b), k);
    }
  }

  @Test
  void largeBlockedProductCrossesSuperBlocks() {
    Mat a = random(4200, 300, 5), b = random(30, 300, 6);
    DMatrixRMaj e = new DMatrixRMaj(4200, 30);
    CommonOps_DDRM.multTransB(ejml(a), ejml(b), e);
    assertClose(e, Linalg.multTransB(a, b), 300);
    Mat wide = random(9, 40, 7), w2 = random(40, 4100, 8);
    DMatrixRMaj e2 = new DMatrixRMaj(9, 4100);
    CommonOps_DDRM.mult(ejml(wide), ejml(w2), e2);
    assertClose(e2, Linalg.mult(wide, w2), 40);
  }

  /** A row block of A·Bᵀ (EJML checks multTransB above): the same bits, the other rows of C untouched, bad ranges refused. */
  @Test
  void rowBlocksOfTransBProductHaveTheWholeProductsBits() {
    Mat a = random(301, 270, 30), bt = random(45, 270, 31), whole = Linalg.multTransB(a, bt);
    Mat c = random(120, 45, 32), before = c.copy();
    Linalg.multTransBRows(a, 201, 100, bt, c, 7, false);
    for (int i = 0; i < c.rows; i++) {
      Mat want = i >= 7 && i < 107 ? whole : before;
      int row = i >= 7 && i < 107 ? 201 + i - 7 : i;
      for (int j = 0; j < c.cols; j++) {
        assertEquals(Double.doubleToLongBits(want.get(row, j)), Double.doubleToLongBits(c.get(i, j)), "C(" + i + ", " + j + ")");
      }
    }
    assertThrows(IllegalArgumentException.class, () -> Linalg.multTransBRows(a, 202, 100, bt, c, 7, false));
    assertThrows(IllegalArgumentException.class, () -> Linalg.multTransBRows(a, 0, 100, bt, c, 21, true));
    assertThrows(IllegalArgumentException.class, () -> Linalg.multTransBRows(a, 0, 10, a, c, 0, false));
  }

  @Test
  void accumulatingVariantsAddScaledProducts() {
    Mat a = random(45, 70, 9), b = random(70, 33, 10), c0 = random(45, 33, 11);
    Mat c = c0.copy();
    Linalg.multAdd(-0.5, a, b, c);
    DMatrixRMaj e = ejml(c0.copy());
    CommonOps_DDRM.multAdd(-0.5, ejml(a), ejml(b), e);
    assertClose(e, c, 70);
    Mat bt = random(33, 70, 12), ct = c0.copy();
    Linalg.multTransBAdd(2, a, bt, ct);
    DMatrixRMaj et = ejml(c0.copy());
    CommonOps_DDRM.multAddTransB(2, ejml(a), ejml(bt), et);
    assertClose(et, ct, 70);
    Mat at = random(70, 45, 13), ca = c0.copy();
    Linalg.multTransAAdd(1, at, b, ca);
    DMatrixRMaj ea = ejml(c0.copy());
    CommonOps_DDRM.multAddTransA(ejml(at), ejml(b), ea);
    assertClose(ea, ca, 70);
    Mat g0 = Linalg.gram(random(9, 33, 14)), g = g0.copy();
    Linalg.gramAdd(0.5, c0, g);
    DMatrixRMaj eg = ejml(g0.copy());
    CommonOps_DDRM.multAddTransA(0.5, ejml(c0), ejml(c0), eg);
    assertClose(eg, g, 45);
  }

  @Test
  void gramIsExactlySymmetricAndEqualsTransAProduct() {
    for (int[] s : new int[][] {{1, 1}, {10, 3}, {500, 77}, {300, 301}}) {
      Mat a = random(s[0], s[1], s[0]);
      Mat g = Linalg.gram(a);
      Mat full = Linalg.multTransA(a, a);
      assertArrayEquals(full.data, g.data, "gram vs AᵀA bits for " + s[0] + "x" + s[1]);
      for (int i = 0; i < g.rows; i++)
        for (int j = 0; j < i; j++) assertEquals(g.get(i, j), g.get(j, i));
      DMatrixRMaj e = new DMatrixRMaj(s[1], s[1]);
      CommonOps_DDRM.multTransA(ejml(a), ejml(a), e);
      assertClose(e, g, s[0]);
    }
  }

  @Test
  void matrixVectorProducts() {
    Mat a = random(501, 203, 14);
    double[] x = random(203, 1, 15).data, z = random(501, 1, 16).data;
    DMatrixRMaj y = new DMatrixRMaj(501, 1), yt = new DMatrixRMaj(203, 1);
    CommonOps_DDRM.mult(ejml(a), new DMatrixRMaj(203, 1, true, x), y);
    CommonOps_DDRM.multTransA(ejml(a), new DMatrixRMaj(501, 1, true, z), yt);
    assertClose(y, new Mat(501, 1, Linalg.multVec(a, x)), 203);
    assertClose(yt, new Mat(203, 1, Linalg.multTransVec(a, z)), 501);
  }

  @Test
  void mismatchedSizesAreRefusedWithTheSizes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Linalg.mult(new Mat(2, 3), new Mat(4, 5)));
    assertTrue(e.getMessage().contains("2x3") && e.getMessage().contains("4x5"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Linalg.multAdd(1, new Mat(2, 3), new Mat(3, 5), new Mat(2, 4)));
  }

  @Test
  void aProductTooLargeForTheHeapIsRefusedBeforeAllocating() {
    Mat tall = new Mat(1 << 17, 0), wide = new Mat(1 << 17, 0);
    org.nnl.core.InvalidRequestException e = assertThrows(org.nnl.core.InvalidRequestException.class,
        () -> Linalg.multTransB(tall, wide));
    assertTrue(e.getMessage().startsWith("A 131072x131072 matrix product would take 128.0 GiB"), e.getMessage());
  }
}
