package org.nnl.core.learn;

import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;

/**
 * Streaming normal equations of p features and m outputs, one row block at a time, so the
 * sample size is limited by time, not memory. A block is given augmented, [Φ Y] (rows × (p + m):
 * the features, then the outputs), and its Gram matrix [Φ Y]ᵀ[Φ Y] is added to the lower
 * triangle of a (p + m) × (p + m) accumulator by one symmetric rank-k update
 * ({@link Linalg#gramAddLower}). Its top-left p × p block is G = Σ ΦᵀΦ and its bottom-left
 * m × p block is Bᵀ = Σ YᵀΦ, so the right-hand side B = ΦᵀY comes from the same pass over Φ
 * (read once, not twice). Each entry is the fma chain a separate ΦᵀY would form (fma is
 * symmetric in its two factors; the K-blocks are the same), so the bits are those of ΦᵀΦ and
 * ΦᵀY computed apart, and they do not depend on the number of threads (core.linalg's invariant).
 */
final class NormalEquations {
  private final int p;
  private final int m;
  private final Mat acc;
  private long rows;

  NormalEquations(int p, int m) {
    this.p = p;
    this.m = m;
    this.acc = new Mat(p + m, p + m);
  }

  /** The width of an augmented block: p + m. */
  int width() {
    return p + m;
  }

  /** Adds the Gram matrix of one augmented block [Φ Y] (rows × (p + m)). */
  void add(Mat block) {
    Linalg.gramAddLower(1, block, acc);
    rows += block.rows;
  }

  /** The number of rows added so far. */
  long rows() {
    return rows;
  }

  /** G = ΦᵀΦ (p × p, a new symmetric matrix). */
  Mat gram() {
    Mat g = new Mat(p, p);
    int w = p + m;
    for (int i = 0; i < p; i++) System.arraycopy(acc.data, i * w, g.data, i * p, i + 1);
    Linalg.symmetrize(g);
    return g;
  }

  /** B = ΦᵀY (p × m, a new matrix): B[f][c] is the accumulator's entry (p + c, f). */
  Mat rhs() {
    Mat b = new Mat(p, m);
    int w = p + m;
    for (int c = 0; c < m; c++) for (int f = 0; f < p; f++) b.data[f * m + c] = acc.data[(p + c) * w + f];
    return b;
  }
}
