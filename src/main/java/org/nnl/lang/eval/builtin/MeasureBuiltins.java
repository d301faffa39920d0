package org.nnl.lang.eval.builtin;

import java.util.List;

/** Measurements of networks: gap, moments and the theorem's bound (core.measure). */
final class MeasureBuiltins {
  private MeasureBuiltins() {}

  static List<Builtin> all() {
    return List.of();
  }
}
