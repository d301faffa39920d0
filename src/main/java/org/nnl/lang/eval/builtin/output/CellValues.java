package org.nnl.lang.eval.builtin.output;

import org.nnl.core.Estimate;
import org.nnl.lang.library.Kinds;

/** What a table cell or value means to printing, saving and plotting: a number, an estimate, or text. */
final class CellValues {
  private CellValues() {}

  /** Whether a cell reads as a number (numbers and estimates; estimates by their mean). */
  static boolean numeric(Object v) {
    return v instanceof Number || Kinds.estimate(v) != null;
  }

  /** A numeric cell's value (an estimate's mean); NaN for anything else. */
  static double value(Object v) {
    if (v instanceof Number n) return n.doubleValue();
    Estimate e = Kinds.estimate(v);
    return e == null ? Double.NaN : e.mean();
  }
}
