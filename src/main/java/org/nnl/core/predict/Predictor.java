package org.nnl.core.predict;

import org.nnl.core.linalg.Mat;

/**
 * A function from R^d to R^m evaluated on batches: networks, shadow networks and fitted
 * models alike, so that mse, r2 and gap apply to all of them.
 */
public interface Predictor {
  /** d, the input dimension. */
  int inputDim();

  /** m, the output dimension. */
  int outputDim();

  /**
   * Evaluates the function on every row of {@code x} (n × d) and returns an n × m matrix.
   * {@code x} is not modified. Implementations are deterministic and thread-count independent.
   */
  Mat predict(Mat x);

  /** Convenience: the function at one point. */
  default double[] apply(double... point) {
    return predict(new Mat(1, point.length, point.clone())).data;
  }
}
