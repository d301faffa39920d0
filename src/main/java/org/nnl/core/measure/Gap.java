package org.nnl.core.measure;

import org.nnl.core.Estimate;
import org.nnl.core.InvalidRequestException;
import org.nnl.core.dist.Distribution;
import org.nnl.core.linalg.Mat;
import org.nnl.core.linalg.MemoryGuard;
import org.nnl.core.predict.Predictor;

/**
 * gap(f, g, D, samples: m): the estimate of E_x ‖f(x) − g(x)‖ over x = D.sample(m, seed), with
 * the normalized norm ‖v‖² = Σ_k v_k²/m_out (m_out the output dimension).
 */
public final class Gap {
  private Gap() {}

  public static Estimate gap(Predictor f, Predictor g, Distribution dist, int m, long seed) {
    Checks.sameInput(f, dist);
    Checks.sameInput(g, dist);
    InvalidRequestException.require(f.outputDim() == g.outputDim(),
        "gap compares functions with the same output dimension; %s has %d, %s has %d.",
        f, f.outputDim(), g, g.outputDim());
    Checks.positive("samples", m);
    MemoryGuard.requireDoubles((long) m * (dist.dim() + 2L * f.outputDim()), "gap over " + m + " samples", "use fewer samples");
    Mat x = dist.sample(m, seed);
    return Estimate.of(pointGaps(f.predict(x), g.predict(x)));
  }

  /** ‖a_p − b_p‖ (normalized) for every row p. */
  static double[] pointGaps(Mat a, Mat b) {
    double[] out = new double[a.rows];
    for (int p = 0; p < a.rows; p++) {
      double ss = 0;
      for (int k = p * a.cols; k < (p + 1) * a.cols; k++) {
        double e = a.data[k] - b.data[k];
        ss += e * e;
      }
      out[p] = Math.sqrt(ss / a.cols);
    }
    return out;
  }
}
