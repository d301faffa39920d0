package org.nnl.core.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;

/**
 * Streaming normal equations: G = Σ_blocks ΦᵀΦ (p × p) and B = Σ_blocks ΦᵀY (p × m), added
 * one row block Φ at a time, so the sample size is limited by time, not memory. G is
 * symmetric: only its upper tiles Φ_Iᵀ·Φ_J (I ≤ J, tiles of {@link #TILE} columns) are
 * computed, each by one product whose summation order is fixed, then mirrored by
 * {@link #gram()}. Results do not depend on the number of threads.
 */
final class NormalEquations {
  static final int TILE = 256;

  private final int p;
  private final Mat gram;
  private final Mat rhs;
  private final int tiles;
  private long rows;

  NormalEquations(int p, int m) {
    this.p = p;
    this.gram = new Mat(p, p);
    this.rhs = new Mat(p, m);
    this.tiles = (p + TILE - 1) / TILE;
  }

  /** Adds ΦᵀΦ and ΦᵀY of one row block (Φ is rows × p, Y is rows × m). */
  void add(Mat phi, Mat y) {
    List<Mat> cols = new ArrayList<>(tiles);
    for (int t = 0; t < tiles; t++) cols.add(columns(phi, t * TILE, Math.min(p, (t + 1) * TILE)));
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < tiles; i++) for (int j = i; j < tiles; j++) pairs.add(new int[] {i, j});
    IntStream.range(0, pairs.size()).parallel().forEach(q -> {
      int i = pairs.get(q)[0];
      int j = pairs.get(q)[1];
      Mat part = Linalg.multTransA(cols.get(i), cols.get(j));
      addInto(gram, i * TILE, j * TILE, part);
    });
    Mat b = Linalg.multTransA(phi, y);
    for (int k = 0; k < b.data.length; k++) rhs.data[k] += b.data[k];
    rows += phi.rows;
  }

  /** The number of rows added so far. */
  long rows() {
    return rows;
  }

  /** G, with its lower triangle mirrored from the upper one (the accumulator itself). */
  Mat gram() {
    for (int i = 0; i < p; i++) for (int j = 0; j < i; j++) gram.data[i * p + j] = gram.data[j * p + i];
    return gram;
  }

  /** B = ΦᵀY (the accumulator itself). */
  Mat rhs() {
    return rhs;
  }

  private static Mat columns(Mat a, int from, int to) {
    Mat c = new Mat(a.rows, to - from);
    for (int r = 0; r < a.rows; r++) System.arraycopy(a.data, r * a.cols + from, c.data, r * c.cols, to - from);
    return c;
  }

  private static void addInto(Mat g, int r0, int c0, Mat part) {
    for (int r = 0; r < part.rows; r++) {
      int off = (r0 + r) * g.cols + c0;
      for (int c = 0; c < part.cols; c++) g.data[off + c] += part.data[r * part.cols + c];
    }
  }
}
