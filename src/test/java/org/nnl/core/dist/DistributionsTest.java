package org.nnl.core.dist;

import static org.junit.jupiter.api.Assertions.*;
import static org.nnl.core.Pools.inPool;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.linalg.Mat;

class DistributionsTest {
  @Test
  void sphereNormsAreExactlySqrtD() {
    Mat x = new Sphere(17).sample(2000, 1);
    for (int i = 0; i < x.rows; i++) {
      double ss = 0;
      for (int j = 0; j < 17; j++) ss += x.get(i, j) * x.get(i, j);
      assertEquals(17.0, ss, 17 * 8 * Math.ulp(1.0));
    }
  }

  @Test
  void sphereCoordinatesHaveUnitSecondMoment() {
    // x_1² has mean 1 on √d·S^{d−1}; x_1² = d·Beta(1/2, (d−1)/2), variance 2(d−1)/(d+2).
    int d = 5, n = 40000;
    Mat x = new Sphere(d).sample(n, 3);
    double m = 0;
    for (int i = 0; i < n; i++) m += x.get(i, 0) * x.get(i, 0);
    m /= n;
    assertEquals(1.0, m, 3 * Math.sqrt(2.0 * (d - 1) / (d + 2) / n));
  }

  @Test
  void distributionsAreValuesThatPrintLikeTheirDeclaration() {
    assertEquals(new Sphere(3), new Sphere(3));
    assertEquals(new Sphere(3).hashCode(), new Sphere(3).hashCode());
    assertNotEquals(new Sphere(3), new Gaussian(3));
    assertNotEquals(new Cube(3), new Cube(4));
    assertEquals(4, new Cube(4).dim());
    assertEquals("cube(4)", new Cube(4).toString());
    assertEquals("gaussian(2)", new Gaussian(2).toString());
    assertEquals("sphere(7)", new Sphere(7).toString());
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new Gaussian(0));
    assertEquals("gaussian(0): the dimension must be a positive integer.", e.getMessage());
  }

  @Test
  void cubeEntriesAreSigns() {
    Mat x = new Cube(9).sample(1000, 2);
    long plus = Arrays.stream(x.data).filter(v -> v == 1.0).count();
    assertEquals(x.data.length, plus + Arrays.stream(x.data).filter(v -> v == -1.0).count());
    // Binomial(9000, 1/2): stderr √9000/2 ≈ 47.
    assertEquals(4500, plus, 3 * Math.sqrt(9000) / 2);
  }

  @Test
  void gaussianMomentsWithinStandardErrors() {
    int n = 50000;
    Mat x = new Gaussian(2).sample(n, 4);
    double m1 = 0, m2 = 0, m4 = 0, cross = 0;
    for (int i = 0; i < n; i++) {
      double a = x.get(i, 0), b = x.get(i, 1);
      m1 += a;
      m2 += a * a;
      m4 += a * a * a * a;
      cross += a * b;
    }
    // E X = 0 (sd 1), E X² = 1 (sd √2), E X⁴ = 3 (sd √96), E XY = 0 (sd 1).
    assertEquals(0, m1 / n, 3 / Math.sqrt(n));
    assertEquals(1, m2 / n, 3 * Math.sqrt(2.0 / n));
    assertEquals(3, m4 / n, 3 * Math.sqrt(96.0 / n));
    assertEquals(0, cross / n, 3 / Math.sqrt(n));
  }

  @Test
  void samplesDependOnTheSeedAloneNotOnThreads() throws Exception {
    Sphere s = new Sphere(8);
    Mat a = s.sample(5000, 11);
    Mat b = inPool(1, () -> s.sample(5000, 11));
    assertArrayEquals(a.data, b.data);
    Mat prefix = s.sample(300, 11);
    assertArrayEquals(prefix.data, Arrays.copyOf(a.data, 300 * 8));
    assertFalse(Arrays.equals(prefix.data, s.sample(300, 12).data));
  }

  @Test
  void refusesSizesBeforeAllocating() {
    var e = assertThrows(InvalidRequestException.class, () -> new Sphere(1000).sample(2_000_000_000, 1));
    assertTrue(e.getMessage().contains("use fewer samples"), e.getMessage());
    assertThrows(InvalidRequestException.class, () -> new Sphere(0));
    assertThrows(InvalidRequestException.class, () -> new Cube(4).sample(-1, 1));
  }
}
