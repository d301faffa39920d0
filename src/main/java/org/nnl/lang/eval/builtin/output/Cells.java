package org.nnl.lang.eval.builtin.output;

import org.nnl.core.Estimate;

/** What a table cell or value means to printing, saving and plotting: a number, an estimate, or text. */
final class Cells {
  private Cells() {}

  /** The estimate a value carries (an {@link Estimate} or a richer estimate of core.measure), or null. */
  static Estimate estimate(Object v) {
    if (v instanceof Estimate e) return e;
    if (v instanceof org.nnl.core.measure.GapEstimate g) return g.estimate();
    return null;
  }

  /** Whether a cell reads as a number (numbers and estimates; estimates by their mean). */
  static boolean numeric(Object v) {
    return v instanceof Number || estimate(v) != null;
  }

  /** A numeric cell's value (an estimate's mean); NaN for anything else. */
  static double value(Object v) {
    if (v instanceof Number n) return n.doubleValue();
    Estimate e = estimate(v);
    return e == null ? Double.NaN : e.mean();
  }
}
