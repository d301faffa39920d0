package org.nnl.core.learn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.RandomMats;

/**
 * {@link NormalEquations} forms G = ΦᵀΦ and B = ΦᵀY in one Gram product of the augmented rows
 * [Φ Y]; both have the bits of the two products formed apart (Linalg.gramAddLower for G,
 * Linalg.multTransAAdd for B: the one-column path of MatVec and the blocked path for several
 * outputs), over blocks whose depth spans several K-blocks with a remainder.
 */
class NormalEquationsTest {
  static Mat random(int r, int c, long seed) {
    return RandomMats.uniform(r, c, seed);
  }

  @Test
  void theAugmentedGramGivesTheBitsOfTheSeparateProducts() {
    int p = 57;
    for (int m : new int[] {1, 3}) {
      int[] blocks = {700, 333};
      NormalEquations eq = new NormalEquations(p, m);
      assertEquals(p + m, eq.width());
      Mat g = new Mat(p, p), b = new Mat(p, m);
      long seed = 50;
      for (int rows : blocks) {
        Mat phi = random(rows, p, seed++), y = random(rows, m, seed++);
        Mat aug = new Mat(rows, p + m);
        for (int r = 0; r < rows; r++) {
          System.arraycopy(phi.data, r * p, aug.data, r * (p + m), p);
          System.arraycopy(y.data, r * m, aug.data, r * (p + m) + p, m);
        }
        eq.add(aug);
        Linalg.gramAddLower(1, phi, g);
        Linalg.multTransAAdd(1, phi, y, b);
      }
      Linalg.symmetrize(g);
      assertEquals(1033, eq.rows());
      assertArrayEquals(g.data, eq.gram().data, m + " outputs: G");
      assertArrayEquals(b.data, eq.rhs().data, m + " outputs: B");
    }
  }

  @Test
  void featuresFilledIntoAWiderMatrixAreTheFeatures() {
    HermiteFeatures basis = new HermiteFeatures(4, 3);
    Mat x = random(37, 4, 60), phi = basis.features(x, 5, 30);
    double[] wide = new double[25 * (basis.size() + 2)];
    java.util.Arrays.fill(wide, 7);
    basis.fill(x, 5, 30, wide, basis.size() + 2);
    for (int r = 0; r < 25; r++) {
      for (int f = 0; f < basis.size() + 2; f++) {
        double want = f < basis.size() ? phi.get(r, f) : 7;  // the last two columns are left alone
        assertEquals(Double.doubleToLongBits(want), Double.doubleToLongBits(wide[r * (basis.size() + 2) + f]), r + "," + f);
      }
    }
  }
}
