package org.nnl.core.learn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;

class PolyRegTest {
  /** A degree-3 polynomial in 5 variables written in monomials (independent of the Hermite basis). */
  static double cubic(double[] x) {
    return 1.5 + x[0] - 2 * x[1] * x[2] + 0.5 * x[3] * x[3] * x[4] - x[2] * x[2] * x[2] + 0.25 * x[0] * x[4];
  }

  @Test
  void recoversAnExactPolynomialOnGaussianInputs() {
    PolyModel f = new PolyReg(3).fit(TestData.label(TestData.gaussian(400, 5, 1), PolyRegTest::cubic));
    DataSet test = TestData.label(TestData.gaussian(200, 5, 2), PolyRegTest::cubic);
    Mat pred = f.predict(test.x());
    for (int i = 0; i < test.size(); i++) assertEquals(test.y().data[i], pred.data[i], 1e-8);
    assertEquals(56, f.featureCount());
    assertEquals(56, f.effectiveDimension(), 1e-3);
  }

  @Test
  void recoversAnExactPolynomialOnTheSphereDespiteTheRankDeficiency() {
    PolyModel f = new PolyReg(3).fit(TestData.label(TestData.sphere(400, 5, 3), PolyRegTest::cubic));
    DataSet test = TestData.label(TestData.sphere(200, 5, 4), PolyRegTest::cubic);
    Mat pred = f.predict(test.x());
    for (int i = 0; i < test.size(); i++) assertEquals(test.y().data[i], pred.data[i], 1e-8);
    // On the sphere the multiples of Σx_j² − d are zero: rank C(d+k, k) − C(d+k−2, k−2) = 56 − 6.
    assertEquals(50, f.effectiveDimension(), 1e-2);
  }

  @Test
  void matchesNumpyLeastSquaresOnGaussianInputs() {
    compareWithNumpy("gaussian", 4, 35);
  }

  @Test
  void matchesNumpyMinimumNormLeastSquaresOnTheSphere() {
    compareWithNumpy("sphere", 5, 50);
  }

  private static void compareWithNumpy(String name, int d, int rank) {
    double[][] train = TestData.csv("polyreg_" + name + ".csv", "train");
    double[][] test = TestData.csv("polyreg_" + name + ".csv", "test");
    PolyModel f = new PolyReg(3).fit(new DataSet(TestData.columns(train, 0, d), TestData.columns(train, d, d + 1)));
    Mat fitted = f.predict(TestData.columns(train, 0, d));
    for (int i = 0; i < train.length; i++) assertEquals(train[i][d + 1], fitted.data[i], 1e-8);
    Mat pred = f.predict(TestData.columns(test, 0, d));
    for (int i = 0; i < test.length; i++) assertEquals(test[i][d + 1], pred.data[i], 1e-8);
    assertEquals(rank, f.effectiveDimension(), 1e-2);
  }

  @Test
  void ridgeZeroWithFewerPointsThanFeaturesIsRefusedAsIllPosed() {
    DataSet small = TestData.label(TestData.gaussian(30, 5, 5), PolyRegTest::cubic);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new PolyReg(3, 0.0).fit(small));
    assertTrue(e.getMessage().contains("56 features but only 30 data points"), e.getMessage());
    assertTrue(e.getMessage().contains("ridge"), e.getMessage());
    // With the default ridge the same request succeeds.
    assertEquals(56, new PolyReg(3).fit(small).featureCount());
  }

  @Test
  void aSingularSystemWithRidgeZeroSaysSoAndSuggestsARidge() {
    DataSet onSphere = TestData.label(TestData.sphere(300, 5, 6), PolyRegTest::cubic);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new PolyReg(2, 0.0).fit(onSphere));
    assertTrue(e.getMessage().contains("singular"), e.getMessage());
    assertTrue(e.getMessage().contains("ridge: 1e-8"), e.getMessage());
  }

  @Test
  void aGramMatrixLargerThanMemoryIsRefusedBeforeAllocating() {
    DataSet data = TestData.label(TestData.gaussian(10, 100, 7), x -> x[0]);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> new PolyReg(4).fit(data));
    assertTrue(e.getMessage().contains("4598126 features"), e.getMessage());
    assertTrue(e.getMessage().contains("GiB"), e.getMessage());
    assertTrue(e.getMessage().contains("lower degree"), e.getMessage());
  }

  @Test
  void featureCountIsTheBinomial() {
    assertEquals(1771, HermiteFeatures.count(20, 3));
    assertEquals(1771, new HermiteFeatures(20, 3).size());
    assertEquals(10626, HermiteFeatures.count(20, 4));
  }
}
