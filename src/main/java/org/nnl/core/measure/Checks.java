package org.nnl.core.measure;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.dist.Distribution;
import org.nnl.core.predict.Predictor;

/** Size checks shared by the estimators, made before any work. */
final class Checks {
  private Checks() {}

  static void sameInput(Predictor f, Distribution dist) {
    InvalidRequestException.require(f.inputDim() == dist.dim(),
        "%s takes inputs of dimension %d but %s has dimension %d.", f, f.inputDim(), dist, dist.dim());
  }

  static void positive(String what, int v) {
    InvalidRequestException.require(v > 0, "The number of %s must be at least 1; got %d.", what, v);
  }
}
