package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.Table;
import org.nnl.core.dist.DataSet;

/**
 * A learning curve: the learner fitted on the first n points of the training set for each
 * sample size n, evaluated on the test set. One row per size: n, mse, r2.
 */
public final class LearningCurve {
  private LearningCurve() {}

  public static Table of(Learner learner, DataSet train, DataSet test, int... sizes) {
    InvalidRequestException.require(sizes.length > 0, "A learning curve needs at least one sample size.");
    Table t = new Table("n", "mse", "r2");
    for (int n : sizes) {
      InvalidRequestException.require(n >= 1 && n <= train.size(),
          "A learning curve size must be between 1 and the %d training points; got %d.", train.size(), n);
      DataSet part = new DataSet(PolyReg.rows(train.x(), 0, n), PolyReg.rows(train.y(), 0, n));
      Model f = learner.fit(part);
      t.addRow((long) n, Metrics.mse(f, test), Metrics.r2(f, test));
    }
    return t;
  }
}
