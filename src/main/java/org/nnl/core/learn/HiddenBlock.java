package org.nnl.core.learn;

import org.nnl.core.act.Activation;

/**
 * The per-batch work of {@link FusedSgd} on one block of hidden units h0..h0+w−1 of a network
 * x → σ(x W₁ᵀ) W₂ᵀ (W₁ is H×d, kept transposed as w1t[k·ldw + h] with a row stride ldw ≥ H;
 * W₂ is m×H, w2[o·H + h]).
 * Every sum is the chain of {@link org.nnl.core.linalg.Linalg}'s products, so the step gives
 * the bits of {@link Backprop} followed by Sgd's update: a sum over p is cut into blocks of
 * {@link #KC} = 256 terms; each block is the chain acc ← fma(u_p, v_p, acc) from acc = +0 in
 * increasing p, and the blocks are added in order to a total that starts at +0. With a
 * hidden block of exactly KC units aligned at a multiple of KC, the block's part of the
 * output sum over h is exactly one such K-block, so the output is the in-order sum of the
 * blocks' parts whoever computes them. This class is the scalar implementation (used where
 * the Vector API is absent, and as the definition the vector ones must match bit for bit).
 */
class HiddenBlock {
  /** The K-block of the products' summation order (Gemm.KC); also the hidden block width. */
  static final int KC = 256;

  /** A short name, for tests and messages. */
  String name() {
    return "scalar";
  }

  /**
   * Forward pass of the block for {@code rows} rows of x (row-major, {@code d} wide): z_rj =
   * Σ_k x_rk W₁[h0+j, k] (into z, row-major w wide), a = σ(z), and the block's part of each
   * output, part[r·m + o] = chain over j of a_rj W₂[o, h0+j] (one K-block).
   */
  void forward(int rows, double[] x, int d, double[] w1t, int ldw, int hTotal, int h0, int w,
               Activation sigma, double[] z, double[] a, double[] w2, int m, double[] part) {
    zRange(rows, x, d, w1t, ldw, h0, w, z, 0, w);
    System.arraycopy(z, 0, a, 0, rows * w);
    sigma.applyInPlace(a, 0, rows * w);
    outputPart(rows, a, w, w2, hTotal, h0, m, part);
  }

  /**
   * Backward pass and update of the block, given the output error delta (rows×m): back_rj =
   * (Σ_o δ_ro W₂[o, h0+j])·σ'(z_rj); ∂W₂[o, h0+j] = Σ_r δ_ro a_rj; ∂W₁[h0+j, k] = Σ_r back_rj
   * x_rk; then W ← shrink·W − step·∂W for the block's entries of both layers ({@code back}
   * is scratch of rows·w entries; W₂ is read before it is updated).
   */
  void backward(int rows, double[] x, int d, double[] delta, int m, double[] w1t, int ldw, double[] w2, int hTotal, int h0,
                int w, Activation sigma, double[] z, double[] a, double[] back, double shrink, double step) {
    backRange(rows, delta, m, w2, hTotal, h0, w, back, 0, w);
    sigma.multiplyByDerivative(back, z, 0, rows * w);
    for (int o = 0; o < m; o++) g2Update(rows, delta, m, o, a, w, w2, hTotal, h0, shrink, step, 0, w);
    g1Update(rows, back, w, x, d, w1t, ldw, h0, shrink, step, 0, d, 0, w);
  }

  /** z_rj for columns j in [j0, j1): K-blocks over k of the chain fma(x_rk, W₁[h0+j, k], acc). */
  static void zRange(int rows, double[] x, int d, double[] w1t, int ldw, int h0, int w, double[] z, int j0, int j1) {
    for (int r = 0; r < rows; r++) {
      for (int j = j0; j < j1; j++) {
        double c = 0.0;
        for (int k0 = 0; k0 < d; k0 += KC) {
          double acc = 0.0;
          for (int k = k0, ke = Math.min(d, k0 + KC); k < ke; k++) acc = Math.fma(x[r * d + k], w1t[k * ldw + h0 + j], acc);
          c += acc;
        }
        z[r * w + j] = c;
      }
    }
  }

  /** part[r·m + o] = chain over j of a_rj·W₂[o, h0+j]: eight rows' chains in flight at a time. */
  static void outputPart(int rows, double[] a, int w, double[] w2, int hTotal, int h0, int m, double[] part) {
    for (int o = 0; o < m; o++) {
      int wo = o * hTotal + h0;
      int r = 0;
      for (; r + 8 <= rows; r += 8) {
        double s0 = 0.0, s1 = 0.0, s2 = 0.0, s3 = 0.0, s4 = 0.0, s5 = 0.0, s6 = 0.0, s7 = 0.0;
        int q = r * w;
        for (int j = 0; j < w; j++, q++) {
          double v = w2[wo + j];
          s0 = Math.fma(a[q], v, s0);
          s1 = Math.fma(a[q + w], v, s1);
          s2 = Math.fma(a[q + 2 * w], v, s2);
          s3 = Math.fma(a[q + 3 * w], v, s3);
          s4 = Math.fma(a[q + 4 * w], v, s4);
          s5 = Math.fma(a[q + 5 * w], v, s5);
          s6 = Math.fma(a[q + 6 * w], v, s6);
          s7 = Math.fma(a[q + 7 * w], v, s7);
        }
        part[r * m + o] = s0;
        part[(r + 1) * m + o] = s1;
        part[(r + 2) * m + o] = s2;
        part[(r + 3) * m + o] = s3;
        part[(r + 4) * m + o] = s4;
        part[(r + 5) * m + o] = s5;
        part[(r + 6) * m + o] = s6;
        part[(r + 7) * m + o] = s7;
      }
      for (; r < rows; r++) {
        double s = 0.0;
        for (int j = 0; j < w; j++) s = Math.fma(a[r * w + j], w2[wo + j], s);
        part[r * m + o] = s;
      }
    }
  }

  /** back_rj = Σ_o δ_ro W₂[o, h0+j] (K-blocks over o) for columns j in [j0, j1), before σ'. */
  static void backRange(int rows, double[] delta, int m, double[] w2, int hTotal, int h0, int w, double[] back, int j0, int j1) {
    for (int r = 0; r < rows; r++) {
      for (int j = j0; j < j1; j++) {
        double c = 0.0;
        for (int o0 = 0; o0 < m; o0 += KC) {
          double acc = 0.0;
          for (int o = o0, oe = Math.min(m, o0 + KC); o < oe; o++) acc = Math.fma(delta[r * m + o], w2[o * hTotal + h0 + j], acc);
          c += acc;
        }
        back[r * w + j] = c;
      }
    }
  }

  /** W₂[o, h0+j] ← shrink·W₂ − step·Σ_r δ_ro a_rj (K-blocks over r) for j in [j0, j1). */
  static void g2Update(int rows, double[] delta, int m, int o, double[] a, int w, double[] w2, int hTotal, int h0,
                       double shrink, double step, int j0, int j1) {
    for (int j = j0; j < j1; j++) {
      double c = 0.0;
      for (int r0 = 0; r0 < rows; r0 += KC) {
        double acc = 0.0;
        for (int r = r0, re = Math.min(rows, r0 + KC); r < re; r++) acc = Math.fma(delta[r * m + o], a[r * w + j], acc);
        c += acc;
      }
      int q = o * hTotal + h0 + j;
      w2[q] = shrink * w2[q] - step * c;
    }
  }

  /** W₁[h0+j, k] ← shrink·W₁ − step·Σ_r back_rj x_rk (K-blocks over r) for k in [k0, k1), j in [j0, j1). */
  static void g1Update(int rows, double[] back, int w, double[] x, int d, double[] w1t, int ldw, int h0,
                       double shrink, double step, int k0, int k1, int j0, int j1) {
    for (int k = k0; k < k1; k++) {
      for (int j = j0; j < j1; j++) {
        double c = 0.0;
        for (int r0 = 0; r0 < rows; r0 += KC) {
          double acc = 0.0;
          for (int r = r0, re = Math.min(rows, r0 + KC); r < re; r++) acc = Math.fma(back[r * w + j], x[r * d + k], acc);
          c += acc;
        }
        int q = k * ldw + h0 + j;
        w1t[q] = shrink * w1t[q] - step * c;
      }
    }
  }
}
