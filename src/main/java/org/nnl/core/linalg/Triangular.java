package org.nnl.core.linalg;

import static org.nnl.core.linalg.BlockedCholesky.BASE;
import static org.nnl.core.linalg.BlockedCholesky.mul;
import static org.nnl.core.linalg.BlockedCholesky.split;

/**
 * Blocked triangular algebra with the lower-triangular factor L (n×n) of {@link BlockedCholesky}
 * and the inverses {@code inv} of its BASE×BASE diagonal blocks: solves against right sides with
 * any number of columns, and L⁻¹ in n³/6 fused multiply-adds. Every product is a {@link Gemm}
 * call over blocks that depend on n only, so the bits do not depend on the kernel or the threads.
 * {@code kern} null means the selected {@link Backend}.
 */
final class Triangular {
  private Triangular() {}

  /** X ← L⁻¹X in place, by block rows I: X_I ← L_II⁻¹·(X_I − L[I, 0:I]·X[0:I]). */
  static void solveLower(Mat l, double[][] inv, Mat x, MicroKernel kern) {
    int n = l.rows, m = x.cols;
    for (int i0 = 0; i0 < n; i0 += BASE) {
      int b = Math.min(BASE, n - i0);
      if (i0 > 0) mul(kern, -1, new View(l.data, i0 * n, n, 1, b, i0), new View(x.data, 0, m, 1, i0, m), x.data, i0 * m, m, false);
      multiplyBlock(new View(inv[i0 / BASE], 0, b, 1, b, b), x, i0, kern);
    }
  }

  /**
   * X ← L⁻ᵀX in place, by block rows I from the last: X_I ← L_II⁻ᵀ·X_I, then
   * X[0:I] ← X[0:I] − L[I, 0:I]ᵀ·X_I, reading L by its rows, which are contiguous (the column
   * form X_I − L[I+1:, I]ᵀ·X[I+1:] read L down its columns, 2.5× slower at n = 2000). With one
   * right side the update is b axpy sweeps, x_j ← fma(−x_p, L_pj, x_j) for p = i0, i0+1, ...
   */
  static void solveLowerTransposed(Mat l, double[][] inv, Mat x, MicroKernel kern) {
    int n = l.rows, m = x.cols;
    double[] xs = x.data, ls = l.data;
    for (int i0 = (n - 1) / BASE * BASE; i0 >= 0; i0 -= BASE) {
      int b = Math.min(BASE, n - i0);
      multiplyBlock(new View(inv[i0 / BASE], 0, 1, b, b, b), x, i0, kern);
      if (i0 == 0) continue;
      if (m > 1) {
        mul(kern, -1, new View(ls, i0 * n, 1, n, i0, b), new View(xs, i0 * m, m, 1, b, m), xs, 0, m, false);
        continue;
      }
      int p = i0;
      for (; p + 4 <= i0 + b; p += 4) {
        // Four rows per sweep, the same fma order as one at a time.
        double f0 = -xs[p], f1 = -xs[p + 1], f2 = -xs[p + 2], f3 = -xs[p + 3];
        int r0 = p * n, r1 = r0 + n, r2 = r1 + n, r3 = r2 + n;
        for (int j = 0; j < i0; j++) {
          xs[j] = Math.fma(f3, ls[r3 + j], Math.fma(f2, ls[r2 + j], Math.fma(f1, ls[r1 + j], Math.fma(f0, ls[r0 + j], xs[j]))));
        }
      }
      for (; p < i0 + b; p++) {
        double f = -xs[p];
        for (int j = 0, row = p * n; j < i0; j++) xs[j] = Math.fma(f, ls[row + j], xs[j]);
      }
    }
  }

  /** Rows i0..i0+b of X ← T·(those rows), T the b×b view {@code t}. */
  private static void multiplyBlock(View t, Mat x, int i0, MicroKernel kern) {
    int m = x.cols, b = t.rows();
    double[] r = new double[b * m];
    mul(kern, 1, t, new View(x.data, i0 * m, m, 1, b, m), r, 0, m, false);
    System.arraycopy(r, 0, x.data, i0 * m, b * m);
  }

  /**
   * L⁻¹ (lower triangular, zeros above), recursively: for L = [L11 0; L21 L22],
   * L⁻¹ = [X11 0; −X22·L21·X11  X22] with X11 = L11⁻¹, X22 = L22⁻¹; the two triangular
   * products are recursive too ({@link #leftTimes}, {@link #rightTimes}), n³/6 fma in all.
   */
  static Mat invertLower(Mat l, double[][] inv, MicroKernel kern) {
    Mat x = l.copy();
    invert(x.data, l.rows, 0, l.rows, inv, kern);
    return x;
  }

  /** The s×s diagonal block at (o, o) of x (holding L, zero above the diagonal) ← its inverse. */
  private static void invert(double[] x, int n, int o, int s, double[][] inv, MicroKernel kern) {
    if (s <= BASE) {
      for (int r = 0; r < s; r++) System.arraycopy(inv[o / BASE], r * s, x, (o + r) * n + o, s);
      return;
    }
    int s1 = split(s), s2 = s - s1;
    invert(x, n, o + s1, s2, inv, kern);
    leftTimes(x, n, o + s1, s2, o, s1, kern);
    invert(x, n, o, s1, inv, kern);
    rightTimes(x, n, o + s1, s2, o, s1, -1, kern);
  }

  /**
   * B ← T·B, T the lower-triangular r×r block at (t0, t0) of x and B the r×c block at (t0, c0):
   * T = [Ta 0; Tb Tc], B = [B1; B2]: B2 ← Tc·B2 + Tb·B1, then B1 ← Ta·B1.
   */
  private static void leftTimes(double[] x, int n, int t0, int r, int c0, int c, MicroKernel kern) {
    if (r <= BASE) {
      double[] t = new double[r * c];
      mul(kern, 1, new View(x, t0 * n + t0, n, 1, r, r), new View(x, t0 * n + c0, n, 1, r, c), t, 0, c, false);
      for (int i = 0; i < r; i++) System.arraycopy(t, i * c, x, (t0 + i) * n + c0, c);
      return;
    }
    int r1 = split(r), r2 = r - r1;
    leftTimes(x, n, t0 + r1, r2, c0, c, kern);
    mul(kern, 1, new View(x, (t0 + r1) * n + t0, n, 1, r2, r1), new View(x, t0 * n + c0, n, 1, r1, c), x, (t0 + r1) * n + c0, n, false);
    leftTimes(x, n, t0, r1, c0, c, kern);
  }

  /**
   * B ← alpha·B·T, T the lower-triangular s×s block at (t0, t0) of x and B the m×s block at
   * (r0, t0): T = [Ta 0; Tb Tc], B = [B1 B2]: B1 ← alpha·(B1·Ta + B2·Tb), then B2 ← alpha·B2·Tc.
   */
  private static void rightTimes(double[] x, int n, int r0, int m, int t0, int s, double alpha, MicroKernel kern) {
    if (s <= BASE) {
      double[] t = new double[m * s];
      mul(kern, alpha, new View(x, r0 * n + t0, n, 1, m, s), new View(x, t0 * n + t0, n, 1, s, s), t, 0, s, false);
      for (int i = 0; i < m; i++) System.arraycopy(t, i * s, x, (r0 + i) * n + t0, s);
      return;
    }
    int s1 = split(s), s2 = s - s1;
    rightTimes(x, n, r0, m, t0, s1, alpha, kern);
    mul(kern, alpha, new View(x, r0 * n + t0 + s1, n, 1, m, s2), new View(x, (t0 + s1) * n + t0, n, 1, s2, s1), x, r0 * n + t0, n, false);
    rightTimes(x, n, r0, m, t0 + s1, s2, alpha, kern);
  }

  /** ‖X‖_F² of a lower-triangular X: per row an fma chain over its first i + 1 entries, rows summed in order. */
  static double sumSquaresLower(Mat x) {
    int n = x.rows;
    double s = 0;
    for (int i = 0; i < n; i++) {
      double r = 0;
      for (int j = 0, o = i * n; j <= i; j++) r = Math.fma(x.data[o + j], x.data[o + j], r);
      s += r;
    }
    return s;
  }
}
