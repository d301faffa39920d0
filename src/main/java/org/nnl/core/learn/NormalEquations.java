package org.nnl.core.learn;

import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;

/**
 * Streaming normal equations: G = Σ_blocks ΦᵀΦ (p × p, by the symmetric rank-k update
 * {@link Linalg#gramAddLower}, mirrored once at the end) and B = Σ_blocks ΦᵀY (p × m), added one row block Φ at a time, so
 * the sample size is limited by time, not memory. Results do not depend on the number of
 * threads (core.linalg's invariant).
 */
final class NormalEquations {
  private final Mat gram;
  private final Mat rhs;
  private long rows;

  NormalEquations(int p, int m) {
    this.gram = new Mat(p, p);
    this.rhs = new Mat(p, m);
  }

  /** Adds ΦᵀΦ and ΦᵀY of one row block (Φ is rows × p, Y is rows × m). */
  void add(Mat phi, Mat y) {
    Linalg.gramAddLower(1, phi, gram);
    Linalg.multTransAAdd(1, phi, y, rhs);
    rows += phi.rows;
  }

  /** The number of rows added so far. */
  long rows() {
    return rows;
  }

  /** G (the accumulator itself, made symmetric: its lower triangle copied to the upper one). */
  Mat gram() {
    Linalg.symmetrize(gram);
    return gram;
  }

  /** B = ΦᵀY (the accumulator itself). */
  Mat rhs() {
    return rhs;
  }
}
