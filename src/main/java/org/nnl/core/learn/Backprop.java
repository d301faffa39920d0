package org.nnl.core.learn;

import java.util.ArrayList;
import java.util.List;
import org.nnl.core.act.Activation;
import org.nnl.core.linalg.Linalg;
import org.nnl.core.linalg.Mat;

/**
 * The gradient of the squared loss ½Σ_r‖f(x_r) − y_r‖² of a dense network over a chunk of
 * rows, for any depth i: forward Z^j = A^{j−1}(W^j)ᵀ, A^j = σ(Z^j) (A⁰ = X, output Z^i);
 * backward δ^i = Z^i − Y, ∂/∂W^j = (δ^j)ᵀA^{j−1}, δ^{j−1} = (δ^j W^j) ⊙ σ'(Z^{j−1}).
 */
final class Backprop {
  private Backprop() {}

  /** Writes ∂loss/∂W^j into {@code grads} (same shapes as {@code weights}) and returns the loss. */
  static double gradient(List<Mat> weights, Activation sigma, Mat x, Mat y, List<Mat> grads) {
    int depth = weights.size();
    List<Mat> z = new ArrayList<>(depth);
    List<Mat> a = new ArrayList<>(depth);
    a.add(x);
    for (int j = 1; j <= depth; j++) {
      Mat zj = Linalg.multTransB(a.get(j - 1), weights.get(j - 1));
      z.add(zj);
      if (j < depth) {
        Mat aj = new Mat(zj.rows, zj.cols);
        for (int k = 0; k < zj.data.length; k++) aj.data[k] = sigma.apply(zj.data[k]);
        a.add(aj);
      }
    }
    Mat delta = z.get(depth - 1);
    double loss = 0;
    for (int k = 0; k < delta.data.length; k++) {
      double e = delta.data[k] - y.data[k];
      delta.data[k] = e;
      loss += 0.5 * e * e;
    }
    for (int j = depth; j >= 1; j--) {
      Mat g = Linalg.multTransA(delta, a.get(j - 1));
      System.arraycopy(g.data, 0, grads.get(j - 1).data, 0, g.data.length);
      if (j > 1) {
        Mat back = Linalg.mult(delta, weights.get(j - 1));
        Mat zPrev = z.get(j - 2);
        for (int k = 0; k < back.data.length; k++) back.data[k] *= sigma.derivative(zPrev.data[k]);
        delta = back;
      }
    }
    return loss;
  }
}
