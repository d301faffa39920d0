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
    Mat fx = f.predict(x);
    Mat gx = g.predict(x);
    double[] gaps = pointGaps(fx, gx);
    requireFinite(gaps, fx, gx, "f", "g");
    return Estimate.of(gaps);
  }

  /**
   * Refuses point gaps that are not finite numbers, saying where they come from: outputs of
   * {@code aName} or {@code bName} that are ±∞ or NaN (a deep network or its shadow beyond
   * double precision), or finite outputs whose difference overflows.
   */
  static void requireFinite(double[] gaps, Mat a, Mat b, String aName, String bName) {
    int bad = 0;
    for (double v : gaps) if (!Double.isFinite(v)) bad++;
    if (bad == 0) return;
    int badA = nonFiniteRows(a);
    int badB = nonFiniteRows(b);
    String which = badA + badB == 0 ? "the outputs are finite but their differences overflow"
        : aName + " gives ±∞ or NaN at " + badA + " and " + bName + " at " + badB;
    throw new InvalidRequestException(String.format("The gap is not a number at %d of %d points: %s. Deep networks and"
        + " their shadows can leave double precision (beyond ±1.8e308, then ∞ − ∞ = NaN); use fewer layers or a lower"
        + " degree.", bad, gaps.length, which));
  }

  private static int nonFiniteRows(Mat a) {
    int n = 0;
    for (int p = 0; p < a.rows; p++) {
      for (int k = p * a.cols; k < (p + 1) * a.cols; k++) {
        if (!Double.isFinite(a.data[k])) {
          n++;
          break;
        }
      }
    }
    return n;
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
