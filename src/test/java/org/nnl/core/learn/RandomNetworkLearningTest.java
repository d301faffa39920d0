package org.nnl.core.learn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.nnl.core.Table;
import org.nnl.core.act.Activations;
import org.nnl.core.dist.DataSet;
import org.nnl.core.dist.Sphere;
import org.nnl.core.linalg.Mat;
import org.nnl.core.net.Dense;
import org.nnl.core.net.DenseNetwork;

/**
 * The paper's claim at unit-test size: on a random depth-3 relu network (d = 20, widths 256),
 * the test R² of polyreg rises with the degree k = 1..3 and with the sample size. (Degree 4
 * and 20000 points are in bench/ and the paper scripts.)
 */
class RandomNetworkLearningTest {
  @Test
  void r2RisesWithTheDegreeAndTheSampleSize() {
    DenseNetwork f = new Dense(Activations.builtin("relu"), 20, 256, 256, 1).draw(7);
    Mat x = new Sphere(20).sample(6000, 1);
    Mat xt = new Sphere(20).sample(2000, 2);
    DataSet train = new DataSet(x, f.predict(x));
    DataSet test = new DataSet(xt, f.predict(xt));
    double r1 = Metrics.r2(new PolyReg(1).fit(train), test);
    double r2 = Metrics.r2(new PolyReg(2).fit(train), test);
    Table curve = LearningCurve.of(new PolyReg(3), train, test, 3000, 6000);
    double[] r3 = curve.numbers("r2");
    assertTrue(0.2 < r1 && r1 + 0.1 < r2 && r2 + 0.02 < r3[1], "R² by degree: " + r1 + ", " + r2 + ", " + r3[1]);
    assertTrue(r3[0] + 0.05 < r3[1], "R² of degree 3 by sample size: " + r3[0] + ", " + r3[1]);
  }
}
