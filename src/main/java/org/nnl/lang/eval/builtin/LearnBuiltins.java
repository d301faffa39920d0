package org.nnl.lang.eval.builtin;

import static org.nnl.lang.eval.builtin.Param.req;

import java.util.ArrayList;
import java.util.List;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.Predictor;
import org.nnl.core.dist.DataSet;
import org.nnl.core.learn.Learner;
import org.nnl.core.linalg.Mat;

/** Learners, fitting, prediction and error metrics (core.learn). */
final class LearnBuiltins {
  private LearnBuiltins() {}

  static DataSet data(Args a) {
    return a.as("data", DataSet.class, "a data set");
  }

  static List<Builtin> all() {
    return List.of(
        Fn.of("fit", Kind.MODEL, "fit(learner, data) — the model the learner fits to the data set. Example: fit(polyreg(degree: 3), train)",
            (c, a) -> a.as("learner", Learner.class, "a learner").fit(data(a)),
            req("learner", Kind.LEARNER), req("data", Kind.DATA)),
        Fn.of("predict", Kind.ANY,
            "predict(model, x) — the model (or network) at a point x, or at each point of a list of points. Example: predict(m, [0.5, -1])",
            (c, a) -> predict(DataBuiltins.function(a, "model"), a.get("x")),
            req("model", Kind.FUNCTION), req("x", Kind.LIST)));
  }

  /** f at one point (a number when f has one output) or at each point of a list of points. */
  static Object predict(Predictor f, Object x) {
    InvalidRequestException.require(x instanceof List<?> l && !l.isEmpty(),
        "predict needs a point (a list of %d numbers) or a list of points.", f.inputDim());
    List<?> l = (List<?>) x;
    boolean many = l.get(0) instanceof List;
    List<?> points = many ? l : List.of(l);
    Mat m = new Mat(points.size(), f.inputDim());
    for (int i = 0; i < points.size(); i++) {
      Object p = points.get(i);
      InvalidRequestException.require(p instanceof List<?> q && q.size() == f.inputDim(),
          "predict needs points of dimension %d; point %d is %s.", f.inputDim(), i + 1,
          p instanceof List<?> q ? "of dimension " + q.size() : Args.describe(p));
      List<?> q = (List<?>) p;
      for (int j = 0; j < q.size(); j++) {
        InvalidRequestException.require(q.get(j) instanceof Number, "predict needs numbers; point %d holds %s.",
            i + 1, Args.describe(q.get(j)));
        m.data[i * m.cols + j] = ((Number) q.get(j)).doubleValue();
      }
    }
    Mat y = f.predict(m);
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < y.rows; i++) out.add(y.cols == 1 ? (Object) y.data[i] : rowList(y, i));
    return many ? out : out.get(0);
  }

  private static List<Object> rowList(Mat y, int i) {
    List<Object> r = new ArrayList<>();
    for (int j = 0; j < y.cols; j++) r.add(y.data[i * y.cols + j]);
    return r;
  }
}
