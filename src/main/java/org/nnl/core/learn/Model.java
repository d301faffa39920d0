package org.nnl.core.learn;

import org.nnl.core.predict.Predictor;

/** A fitted model: a {@link Predictor} with a one-line summary of how it was fitted. */
public interface Model extends Predictor {
  /** E.g. {@code polyreg(degree: 3) on 20000 points: 1771 features, effective dimension 1540}. */
  String summary();
}
