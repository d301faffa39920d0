package org.nnl.core.learn;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.dist.DataSet;
import org.nnl.core.linalg.Mat;
import org.nnl.core.predict.Predictor;

/**
 * Errors of any {@link Predictor} (models and networks alike) on a data set, evaluated in row
 * blocks: mse = (1/n) Σ_i ‖f(x_i) − y_i‖², r2 = 1 − Σ_i ‖f(x_i) − y_i‖² / Σ_i ‖y_i − ȳ‖².
 */
public final class Metrics {
  private Metrics() {}

  /** Rows evaluated at a time. */
  static final int BLOCK = 4096;

  /** The mean squared error (1/n) Σ_i ‖f(x_i) − y_i‖². */
  public static double mse(Predictor f, DataSet data) {
    return residualSum(f, data) / data.size();
  }

  /** The coefficient of determination 1 − SS_res / SS_tot (SS_tot around the mean label). */
  public static double r2(Predictor f, DataSet data) {
    Mat y = data.y();
    double[] mean = new double[y.cols];
    for (int i = 0; i < y.rows; i++) for (int j = 0; j < y.cols; j++) mean[j] += y.data[i * y.cols + j];
    for (int j = 0; j < y.cols; j++) mean[j] /= y.rows;
    double total = 0;
    for (int i = 0; i < y.rows; i++) for (int j = 0; j < y.cols; j++) {
      double e = y.data[i * y.cols + j] - mean[j];
      total += e * e;
    }
    InvalidRequestException.require(total > 0, "r2 is undefined when every label is the same (the labels have no variance).");
    return 1 - residualSum(f, data) / total;
  }

  private static double residualSum(Predictor f, DataSet data) {
    InvalidRequestException.require(data.size() > 0, "An error needs at least one data point.");
    InvalidRequestException.require(f.inputDim() == data.dim(),
        "%s takes points of dimension %d; the data have dimension %d.", f, f.inputDim(), data.dim());
    InvalidRequestException.require(f.outputDim() == data.y().cols,
        "%s has %d outputs; the data have %d labels per point.", f, f.outputDim(), data.y().cols);
    double sum = 0;
    for (int from = 0; from < data.size(); from += BLOCK) {
      int to = Math.min(data.size(), from + BLOCK);
      Mat pred = f.predict(PolyReg.rows(data.x(), from, to));
      int m = data.y().cols;
      for (int k = 0; k < pred.data.length; k++) {
        double e = pred.data[k] - data.y().data[from * m + k];
        sum += e * e;
      }
    }
    return sum;
  }
}
