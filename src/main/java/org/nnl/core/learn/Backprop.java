package org.nnl.core.learn;

import java.util.Arrays;
import java.util.List;
import org.nnl.core.act.Activation;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;

/**
 * The gradient of the squared loss ½Σ_r‖f(x_r) − y_r‖² of a dense network over a batch of
 * rows, for any depth i: forward Z^j = A^{j−1}(W^j)ᵀ, A^j = σ(Z^j) (A⁰ = X, output Z^i);
 * backward δ^i = Z^i − Y, ∂/∂W^j = (δ^j)ᵀA^{j−1}, δ^{j−1} = (δ^j W^j) ⊙ σ'(Z^{j−1}). Each
 * product is one call of {@link Linalg} over the whole batch (summed over rows in row order,
 * so bit-identical for any thread count); the intermediate matrices are allocated once per
 * batch size and reused, so a training step allocates nothing large.
 */
final class Backprop {
  private final int rows;
  private final Mat[] z;
  private final Mat[] a;
  private final Mat[] delta;

  /** A workspace for batches of {@code rows} rows through weights of these shapes. */
  Backprop(List<Mat> weights, int rows) {
    int depth = weights.size();
    this.rows = rows;
    z = new Mat[depth];
    a = new Mat[depth];
    delta = new Mat[depth];
    for (int j = 0; j < depth; j++) {
      int width = weights.get(j).rows;
      z[j] = new Mat(rows, width);
      if (j < depth - 1) a[j] = new Mat(rows, width);
      if (j > 0) delta[j - 1] = new Mat(rows, weights.get(j - 1).rows);
    }
  }

  int rows() {
    return rows;
  }

  /** Writes ∂loss/∂W^j into {@code grads} (same shapes as {@code weights}) and returns the loss. */
  static double gradient(List<Mat> weights, Activation sigma, Mat x, Mat y, List<Mat> grads) {
    return new Backprop(weights, x.rows).run(weights, sigma, x, y, grads);
  }

  /** As {@link #gradient}, in this workspace ({@code x} has {@link #rows()} rows). */
  double run(List<Mat> weights, Activation sigma, Mat x, Mat y, List<Mat> grads) {
    int depth = weights.size();
    Mat in = x;
    for (int j = 0; j < depth; j++) {
      Mat zj = z[j];
      Arrays.fill(zj.data, 0);
      Linalg.multTransBAdd(1, in, weights.get(j), zj);
      if (j < depth - 1) {
        System.arraycopy(zj.data, 0, a[j].data, 0, zj.data.length);
        sigma.applyInPlace(a[j].data, 0, zj.data.length);
        in = a[j];
      }
    }
    Mat d = z[depth - 1];
    double loss = 0;
    for (int k = 0; k < d.data.length; k++) {
      double e = d.data[k] - y.data[k];
      d.data[k] = e;
      loss += 0.5 * e * e;
    }
    for (int j = depth - 1; j >= 0; j--) {
      Mat g = grads.get(j);
      Arrays.fill(g.data, 0);
      Linalg.multTransAAdd(1, d, j == 0 ? x : a[j - 1], g);
      if (j > 0) {
        Mat back = delta[j - 1];
        Arrays.fill(back.data, 0);
        Linalg.multAdd(1, d, weights.get(j), back);
        double[] zPrev = z[j - 1].data;
        sigma.multiplyByDerivative(back.data, zPrev, 0, back.data.length);
        d = back;
      }
    }
    return loss;
  }
}
