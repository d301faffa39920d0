package org.nnl.core.learn;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.nnl.core.act.Activation;
import org.nnl.core.act.Activations;

/**
 * {@link HiddenBlock} on the Vector API, lanes along the hidden units: each lane computes one
 * entry's chain exactly as the scalar kernel does (lane-wise fma, in the same order), so every
 * width gives the scalar bits. Register blocks: z is 4 rows × 2 vectors of hidden units per
 * step of k (8 accumulators, 4 broadcasts and 2 loads per 8 fma); ∂W₁ is 4 inputs × 2 vectors
 * per row. Columns beyond the last full vector block go to the scalar code. For the built-in
 * relu the activation and its derivative are applied in registers (the same operations as its
 * array loops: max(z, 0)·(1/‖f‖) and the factor 1/‖f‖ where z > 0, 0/‖f‖ elsewhere, NaN
 * included); other activations use their own array loops. Subclasses fix the species as a
 * constant (one is loaded per JVM, so the JIT sees a single implementation).
 */
abstract class HiddenBlockVector extends HiddenBlock {
  private static final Activation RELU = Activations.builtin("relu");

  abstract VectorSpecies<Double> species();

  /** Whether σ is the built-in relu with 1/‖f‖ ≥ 1 (it is √2), so that a > 0 exactly when z > 0. */
  private static boolean inRegisters(Activation sigma) {
    return sigma == RELU && 1 / sigma.norm() >= 1;
  }

  @Override
  String name() {
    return species().vectorBitSize() + "-bit";
  }

  @Override
  void forward(int rows, double[] x, int d, double[] w1t, int ldw, int hTotal, int h0, int w,
               Activation sigma, double[] z, double[] a, double[] w2, int m, double[] part) {
    VectorSpecies<Double> s = species();
    int lanes = s.length(), v2 = w / (2 * lanes) * (2 * lanes);
    boolean relu = inRegisters(sigma);
    double scale = 1 / sigma.norm();
    // Columns outside, rows inside: the 2-vector slice of W₁ᵀ (d × 2·lanes) and x stay in L1.
    for (int j = 0; j < v2; j += 2 * lanes) {
      int r = 0;
      for (; r + 4 <= rows; r += 4) zTile4(r, j, x, d, w1t, ldw, h0, w, z, a, relu, scale);
      for (; r < rows; r++) zTile1(r, j, x, d, w1t, ldw, h0, w, z, a, relu, scale);
    }
    if (v2 < w) zRange(rows, x, d, w1t, ldw, h0, w, z, v2, w);
    if (relu) {
      for (int q = 0; q < rows; q++) for (int j = v2; j < w; j++) a[q * w + j] = Math.max(z[q * w + j], 0) * scale;
    } else {
      System.arraycopy(z, 0, a, 0, rows * w);
      sigma.applyInPlace(a, 0, rows * w);
    }
    outputPart(rows, a, w, w2, hTotal, h0, m, part);
  }

  private void zTile4(int r, int j, double[] x, int d, double[] w1t, int ldw, int h0,
                             int w, double[] z, double[] a, boolean relu, double scale) {
    VectorSpecies<Double> s = species();
    int lanes = s.length();
    DoubleVector c00 = DoubleVector.zero(s), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
    for (int k0 = 0; k0 < d; k0 += KC) {
      DoubleVector a00 = DoubleVector.zero(s), a01 = a00, a10 = a00, a11 = a00, a20 = a00, a21 = a00, a30 = a00, a31 = a00;
      for (int k = k0, ke = Math.min(d, k0 + KC); k < ke; k++) {
        int q = k * ldw + h0 + j;
        DoubleVector u0 = DoubleVector.fromArray(s, w1t, q), u1 = DoubleVector.fromArray(s, w1t, q + lanes);
        int p = r * d + k;
        DoubleVector x0 = DoubleVector.broadcast(s, x[p]);
        a00 = x0.fma(u0, a00);
        a01 = x0.fma(u1, a01);
        DoubleVector x1 = DoubleVector.broadcast(s, x[p + d]);
        a10 = x1.fma(u0, a10);
        a11 = x1.fma(u1, a11);
        DoubleVector x2 = DoubleVector.broadcast(s, x[p + 2 * d]);
        a20 = x2.fma(u0, a20);
        a21 = x2.fma(u1, a21);
        DoubleVector x3 = DoubleVector.broadcast(s, x[p + 3 * d]);
        a30 = x3.fma(u0, a30);
        a31 = x3.fma(u1, a31);
      }
      c00 = c00.add(a00);
      c01 = c01.add(a01);
      c10 = c10.add(a10);
      c11 = c11.add(a11);
      c20 = c20.add(a20);
      c21 = c21.add(a21);
      c30 = c30.add(a30);
      c31 = c31.add(a31);
    }
    int o = r * w + j;
    store(c00, z, a, o, relu, scale);
    store(c01, z, a, o + lanes, relu, scale);
    store(c10, z, a, o + w, relu, scale);
    store(c11, z, a, o + w + lanes, relu, scale);
    store(c20, z, a, o + 2 * w, relu, scale);
    store(c21, z, a, o + 2 * w + lanes, relu, scale);
    store(c30, z, a, o + 3 * w, relu, scale);
    store(c31, z, a, o + 3 * w + lanes, relu, scale);
  }

  private void zTile1(int r, int j, double[] x, int d, double[] w1t, int ldw, int h0,
                             int w, double[] z, double[] a, boolean relu, double scale) {
    VectorSpecies<Double> s = species();
    int lanes = s.length();
    DoubleVector c0 = DoubleVector.zero(s), c1 = c0;
    for (int k0 = 0; k0 < d; k0 += KC) {
      DoubleVector a0 = DoubleVector.zero(s), a1 = a0;
      for (int k = k0, ke = Math.min(d, k0 + KC); k < ke; k++) {
        int q = k * ldw + h0 + j;
        DoubleVector x0 = DoubleVector.broadcast(s, x[r * d + k]);
        a0 = x0.fma(DoubleVector.fromArray(s, w1t, q), a0);
        a1 = x0.fma(DoubleVector.fromArray(s, w1t, q + lanes), a1);
      }
      c0 = c0.add(a0);
      c1 = c1.add(a1);
    }
    store(c0, z, a, r * w + j, relu, scale);
    store(c1, z, a, r * w + j + lanes, relu, scale);
  }

  /**
   * With relu, a = max(z, 0)·scale at o (Math.max per lane, as relu's array loop) and z is not
   * kept: its derivative needs only whether z > 0, which is whether a > 0 (scale > 1); else z at o.
   */
  private static void store(DoubleVector c, double[] z, double[] a, int o, boolean relu, double scale) {
    if (relu) {
      c.max(0.0).mul(scale).intoArray(a, o);
    } else {
      c.intoArray(z, o);
    }
  }

  /**
   * Backward pass and update, one pair of vectors of hidden units (columns j..j+2·lanes) at a
   * time, so that their part of back stays in L1: (1) one pass over the rows computes back_rj
   * = (chain over o of δ_ro W₂[o, h0+j]) · σ'(z_rj) into a tile (for relu in registers, and
   * compact: rows × 2·lanes at the start of {@code back}, clear of the cache-set conflicts of a
   * 2 KiB row stride; otherwise at z's own positions, for σ's array loop) and, for one output,
   * also the chains over r of δ_r a_rj for ∂W₂; (2) W₂'s columns j.. are updated (read in (1),
   * and no later column reads them); (3) ∂W₁'s columns j.. from the tile, and W₁ updated. Each
   * sum is the chain of the scalar definition in the same order, so the bits are those of
   * {@link HiddenBlock#backward}. Columns beyond the last pair go to the scalar code.
   */
  @Override
  void backward(int rows, double[] x, int d, double[] delta, int m, double[] w1t, int ldw, double[] w2, int hTotal, int h0,
                int w, Activation sigma, double[] z, double[] a, double[] back, double shrink, double step) {
    VectorSpecies<Double> s = species();
    int lanes = s.length(), l2 = 2 * lanes, v2 = w / l2 * l2;
    boolean relu = inRegisters(sigma);
    double norm = sigma.norm(), up = 1 / norm, down = 0 / norm;
    int ldb = relu ? l2 : w;
    for (int j = 0; j < v2; j += l2) {
      int bo = relu ? 0 : j;
      if (m == 1) {
        backAndW2One(rows, delta, w2, h0 + j, w, j, a, back, ldb, bo, relu, up, down, shrink, step);
      } else {
        backTile(rows, delta, m, w2, hTotal, h0 + j, w, j, a, back, ldb, bo, relu, up, down);
      }
      if (!relu) {
        for (int r = 0; r < rows; r++) sigma.multiplyByDerivative(back, z, r * w + j, r * w + j + l2);
      }
      if (m != 1) {
        for (int o = 0; o < m; o++) {
          g2Tile1(rows, delta, m, o, a, w, w2, hTotal, h0, shrink, step, j);
          g2Tile1(rows, delta, m, o, a, w, w2, hTotal, h0, shrink, step, j + lanes);
        }
      }
      int k = 0;
      for (; k + 4 <= d; k += 4) g1Tile4(rows, back, ldb, bo, x, d, w1t, ldw, h0 + j, shrink, step, k);
      for (; k < d; k++) g1Tile1(rows, back, ldb, bo, x, d, w1t, ldw, h0 + j, shrink, step, k);
    }
    if (v2 < w) {
      backRange(rows, delta, m, w2, hTotal, h0, w, back, v2, w);
      for (int r = 0; r < rows; r++) {
        if (relu) {
          for (int j = v2; j < w; j++) back[r * w + j] *= z[r * w + j] > 0 ? up : down;
        } else {
          sigma.multiplyByDerivative(back, z, r * w + v2, r * w + w);
        }
      }
      for (int o = 0; o < m; o++) g2Update(rows, delta, m, o, a, w, w2, hTotal, h0, shrink, step, v2, w);
      g1Update(rows, back, w, x, d, w1t, ldw, h0, shrink, step, 0, d, v2, w);
    }
  }

  /**
   * One output: back tile (at bo + r·ldb) = δ_r W₂[hq..] (a chain of one term from +0, added
   * to +0, as the general chain over o), times σ' for relu; and in the same pass the chains
   * over r of δ_r a_rj, with which W₂[hq..hq+2·lanes) is updated.
   */
  private void backAndW2One(int rows, double[] delta, double[] w2, int hq, int w, int j, double[] a, double[] back,
                            int ldb, int bo, boolean relu, double up, double down, double shrink, double step) {
    VectorSpecies<Double> s = species();
    int lanes = s.length(), l2 = 2 * lanes;
    DoubleVector zero = DoubleVector.zero(s), upV = DoubleVector.broadcast(s, up), downV = DoubleVector.broadcast(s, down);
    DoubleVector u0 = DoubleVector.fromArray(s, w2, hq), u1 = DoubleVector.fromArray(s, w2, hq + lanes);
    DoubleVector c0 = zero, c1 = zero;
    for (int r0 = 0; r0 < rows; r0 += KC) {
      DoubleVector g0 = zero, g1 = zero;
      for (int r = r0, re = Math.min(rows, r0 + KC); r < re; r++) {
        DoubleVector e = DoubleVector.broadcast(s, delta[r]);
        DoubleVector a0 = DoubleVector.fromArray(s, a, r * w + j), a1 = DoubleVector.fromArray(s, a, r * w + j + lanes);
        g0 = e.fma(a0, g0);
        g1 = e.fma(a1, g1);
        DoubleVector b0 = zero.add(e.fma(u0, zero)), b1 = zero.add(e.fma(u1, zero));
        if (relu) {
          b0 = b0.mul(downV.blend(upV, a0.compare(VectorOperators.GT, 0.0)));
          b1 = b1.mul(downV.blend(upV, a1.compare(VectorOperators.GT, 0.0)));
        }
        b0.intoArray(back, bo + r * ldb);
        b1.intoArray(back, bo + r * ldb + lanes);
      }
      c0 = c0.add(g0);
      c1 = c1.add(g1);
    }
    update(w2, hq, c0, shrink, step);
    update(w2, hq + lanes, c1, shrink, step);
  }

  /** Several outputs: back tile (at bo + r·ldb) = chain over o (K-blocks) of δ_ro W₂[o, hq..], times σ' for relu. */
  private void backTile(int rows, double[] delta, int m, double[] w2, int hTotal, int hq, int w, int j, double[] a,
                        double[] back, int ldb, int bo, boolean relu, double up, double down) {
    VectorSpecies<Double> s = species();
    int lanes = s.length(), l2 = 2 * lanes;
    DoubleVector zero = DoubleVector.zero(s), upV = DoubleVector.broadcast(s, up), downV = DoubleVector.broadcast(s, down);
    for (int r = 0; r < rows; r++) {
      DoubleVector c0 = zero, c1 = zero;
      for (int o0 = 0; o0 < m; o0 += KC) {
        DoubleVector acc0 = zero, acc1 = zero;
        for (int o = o0, oe = Math.min(m, o0 + KC); o < oe; o++) {
          DoubleVector e = DoubleVector.broadcast(s, delta[r * m + o]);
          acc0 = e.fma(DoubleVector.fromArray(s, w2, o * hTotal + hq), acc0);
          acc1 = e.fma(DoubleVector.fromArray(s, w2, o * hTotal + hq + lanes), acc1);
        }
        c0 = c0.add(acc0);
        c1 = c1.add(acc1);
      }
      if (relu) {
        c0 = c0.mul(downV.blend(upV, DoubleVector.fromArray(s, a, r * w + j).compare(VectorOperators.GT, 0.0)));
        c1 = c1.mul(downV.blend(upV, DoubleVector.fromArray(s, a, r * w + j + lanes).compare(VectorOperators.GT, 0.0)));
      }
      c0.intoArray(back, bo + r * ldb);
      c1.intoArray(back, bo + r * ldb + lanes);
    }
  }

  private void g2Tile1(int rows, double[] delta, int m, int o, double[] a, int w,
                              double[] w2, int hTotal, int h0, double shrink, double step, int j) {
    VectorSpecies<Double> s = species();
    DoubleVector c = DoubleVector.zero(s);
    for (int r0 = 0; r0 < rows; r0 += KC) {
      DoubleVector acc = DoubleVector.zero(s);
      for (int r = r0, re = Math.min(rows, r0 + KC); r < re; r++) {
        acc = DoubleVector.broadcast(s, delta[r * m + o]).fma(DoubleVector.fromArray(s, a, r * w + j), acc);
      }
      c = c.add(acc);
    }
    update(w2, o * hTotal + h0 + j, c, shrink, step);
  }

  /** W₁[hq.., k..k+4) ← shrink·W₁ − step·(chain over r of back_r· x_rk), back's tile at bo + r·ldb. */
  private void g1Tile4(int rows, double[] back, int ldb, int bo, double[] x, int d, double[] w1t,
                       int ldw, int hq, double shrink, double step, int k) {
    VectorSpecies<Double> s = species();
    int lanes = s.length();
    DoubleVector c00 = DoubleVector.zero(s), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
    for (int r0 = 0; r0 < rows; r0 += KC) {
      DoubleVector a00 = DoubleVector.zero(s), a01 = a00, a10 = a00, a11 = a00, a20 = a00, a21 = a00, a30 = a00, a31 = a00;
      for (int r = r0, re = Math.min(rows, r0 + KC); r < re; r++) {
        int q = bo + r * ldb;
        DoubleVector b0 = DoubleVector.fromArray(s, back, q), b1 = DoubleVector.fromArray(s, back, q + lanes);
        int p = r * d + k;
        DoubleVector x0 = DoubleVector.broadcast(s, x[p]);
        a00 = b0.fma(x0, a00);
        a01 = b1.fma(x0, a01);
        DoubleVector x1 = DoubleVector.broadcast(s, x[p + 1]);
        a10 = b0.fma(x1, a10);
        a11 = b1.fma(x1, a11);
        DoubleVector x2 = DoubleVector.broadcast(s, x[p + 2]);
        a20 = b0.fma(x2, a20);
        a21 = b1.fma(x2, a21);
        DoubleVector x3 = DoubleVector.broadcast(s, x[p + 3]);
        a30 = b0.fma(x3, a30);
        a31 = b1.fma(x3, a31);
      }
      c00 = c00.add(a00);
      c01 = c01.add(a01);
      c10 = c10.add(a10);
      c11 = c11.add(a11);
      c20 = c20.add(a20);
      c21 = c21.add(a21);
      c30 = c30.add(a30);
      c31 = c31.add(a31);
    }
    int q = k * ldw + hq;
    update(w1t, q, c00, shrink, step);
    update(w1t, q + lanes, c01, shrink, step);
    update(w1t, q + ldw, c10, shrink, step);
    update(w1t, q + ldw + lanes, c11, shrink, step);
    update(w1t, q + 2 * ldw, c20, shrink, step);
    update(w1t, q + 2 * ldw + lanes, c21, shrink, step);
    update(w1t, q + 3 * ldw, c30, shrink, step);
    update(w1t, q + 3 * ldw + lanes, c31, shrink, step);
  }

  private void g1Tile1(int rows, double[] back, int ldb, int bo, double[] x, int d, double[] w1t,
                       int ldw, int hq, double shrink, double step, int k) {
    VectorSpecies<Double> s = species();
    int lanes = s.length();
    DoubleVector c0 = DoubleVector.zero(s), c1 = c0;
    for (int r0 = 0; r0 < rows; r0 += KC) {
      DoubleVector a0 = DoubleVector.zero(s), a1 = a0;
      for (int r = r0, re = Math.min(rows, r0 + KC); r < re; r++) {
        DoubleVector xv = DoubleVector.broadcast(s, x[r * d + k]);
        a0 = DoubleVector.fromArray(s, back, bo + r * ldb).fma(xv, a0);
        a1 = DoubleVector.fromArray(s, back, bo + r * ldb + lanes).fma(xv, a1);
      }
      c0 = c0.add(a0);
      c1 = c1.add(a1);
    }
    int q = k * ldw + hq;
    update(w1t, q, c0, shrink, step);
    update(w1t, q + lanes, c1, shrink, step);
  }

  /** W[q..] ← shrink·W − step·g (two roundings, as Sgd's scalar update). */
  private void update(double[] wts, int q, DoubleVector g, double shrink, double step) {
    VectorSpecies<Double> s = species();
    DoubleVector.fromArray(s, wts, q).mul(shrink).sub(g.mul(step)).intoArray(wts, q);
  }

  /** 512-bit vectors (8 doubles). */
  static final class W512 extends HiddenBlockVector {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_512;

    @Override
    VectorSpecies<Double> species() {
      return S;
    }
  }

  /** 256-bit vectors (4 doubles). */
  static final class W256 extends HiddenBlockVector {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_256;

    @Override
    VectorSpecies<Double> species() {
      return S;
    }
  }

  /** 128-bit vectors (2 doubles). */
  static final class W128 extends HiddenBlockVector {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_128;

    @Override
    VectorSpecies<Double> species() {
      return S;
    }
  }
}
