package org.nnl.lang.eval;

import java.util.ArrayList;
import java.util.List;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.linalg.Mat;
import org.nnl.core.predict.Predictor;
import org.nnl.lang.ast.Span;

/**
 * {@code net(x)}: a network or model at one point (a list of d numbers, or a number when d = 1),
 * or at many points (a list of such lists, evaluated as one batch). One output gives a number,
 * several give a list.
 */
final class PointCalls {
  private PointCalls() {}

  static Object apply(Predictor p, Object arg, Span span) {
    int d = p.inputDim();
    boolean batch = arg instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof List;
    List<?> points = batch ? (List<?>) arg : List.of(arg);
    Mat x = new Mat(points.size(), d);
    for (int i = 0; i < points.size(); i++) {
      double[] row = point(points.get(i), d, span);
      System.arraycopy(row, 0, x.data, i * d, d);
    }
    Mat y;
    try {
      y = p.predict(x);
    } catch (InvalidRequestException e) {
      throw new EvalError(span, e.getMessage());
    }
    List<Object> out = new ArrayList<>(points.size());
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

  private static double[] point(Object v, int d, Span span) {
    if (v instanceof Number n && d == 1) return new double[] {n.doubleValue()};
    if (!(v instanceof List<?> l)) {
      throw new EvalError(span, "The function takes a point of " + d + " numbers, not " + Values.describe(v) + ".");
    }
    if (l.size() != d) {
      throw new EvalError(span, "The function takes points of " + d + " numbers; this one has " + l.size() + ".");
    }
    double[] out = new double[d];
    for (int j = 0; j < d; j++) out[j] = Values.number(l.get(j), span, "A point");
    return out;
  }
}
