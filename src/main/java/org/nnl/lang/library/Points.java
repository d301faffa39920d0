package org.nnl.lang.library;

import java.util.ArrayList;
import java.util.List;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.linalg.Mat;
import org.nnl.core.predict.Predictor;

/**
 * A network or model at points, the one evaluation behind both {@code m(x)} and
 * {@code predict(m, x)}: x is one point (a list of d numbers, or a number when d = 1) or a list of
 * points, evaluated as one batch (row i of the input matrix is point i). One output gives a number
 * per point, several a list; one point gives its result alone, a list of points a list of results.
 * Refusals are {@link InvalidRequestException}s naming the point and what it holds.
 */
public final class Points {
  private Points() {}

  /** f(x) for one point or each point of a list of points; see the class comment. */
  public static Object at(Predictor f, Object x) {
    int d = f.inputDim();
    boolean batch = x instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof List;
    List<?> points = batch ? (List<?>) x : List.of(x);
    Mat in = new Mat(points.size(), d);
    for (int i = 0; i < points.size(); i++) {
      System.arraycopy(point(points.get(i), d, batch ? i + 1 : 0), 0, in.data, i * d, d);
    }
    Mat y = f.predict(in);
    List<Object> out = new ArrayList<>(y.rows);
    for (int i = 0; i < y.rows; i++) {
      if (y.cols == 1) {
        out.add(y.get(i, 0));
      } else {
        List<Object> r = new ArrayList<>(y.cols);
        for (int j = 0; j < y.cols; j++) r.add(y.get(i, j));
        out.add(r);
      }
    }
    return batch ? out : out.get(0);
  }

  /** The coordinates of point {@code index} (1-based within a list of points; 0 for a single point). */
  private static double[] point(Object v, int d, int index) {
    String which = index == 0 ? "this one" : "point " + index;
    if (v instanceof Number n && d == 1) return new double[] {n.doubleValue()};
    if (!(v instanceof List<?> l) || l.isEmpty()) {
      throw new InvalidRequestException("The function takes " + (d == 1 ? "a number or " : "") + "a point of " + d
          + (d == 1 ? " number" : " numbers") + "; " + which + " is "
          + (v instanceof List ? "an empty list" : Kinds.describe(v)) + ".");
    }
    if (l.size() != d) {
      throw new InvalidRequestException("The function takes points of " + d + (d == 1 ? " number" : " numbers")
          + "; " + which + " has " + l.size() + ".");
    }
    double[] out = new double[d];
    for (int j = 0; j < d; j++) {
      if (!(l.get(j) instanceof Number n)) {
        throw new InvalidRequestException("A point holds numbers; " + which + " holds " + Kinds.describe(l.get(j)) + ".");
      }
      out[j] = n.doubleValue();
    }
    return out;
  }
}
