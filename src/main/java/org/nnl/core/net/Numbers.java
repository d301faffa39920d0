package org.nnl.core.net;

/** Number formatting for declarations: integers without a decimal point, others as Java prints them. */
final class Numbers {
  private Numbers() {}

  static String format(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
    return Double.toString(v);
  }
}
