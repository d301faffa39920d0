package org.nnl.core.dist;

import org.nnl.core.InvalidRequestException;
import org.nnl.core.linalg.Mat;

/** A data set: inputs x (n × d, one point per row) and labels y (n × m). */
public record DataSet(Mat x, Mat y) {
  public DataSet {
    InvalidRequestException.require(x.rows == y.rows,
        "A data set needs as many labels as points: %d points, %d labels.", x.rows, y.rows);
  }

  public int size() {
    return x.rows;
  }

  public int dim() {
    return x.cols;
  }

  @Override
  public String toString() {
    return "data(" + x.rows + " points, dim " + x.cols + " -> " + y.cols + ")";
  }
}
