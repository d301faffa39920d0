package org.nnl.core.learn;

import org.nnl.core.linalg.Mat;
import org.nnl.core.net.DenseNetwork;

/**
 * The network trained by {@link Sgd}, with its training loss per epoch.
 *
 * @param learner the learner that trained it
 * @param network the trained network
 * @param samples the number of training points
 * @param losses the mean training loss ½‖f(x) − y‖² of each epoch (during the epoch, before each
 *     update); the accessor returns a copy
 */
public record SgdModel(Sgd learner, DenseNetwork network, int samples, double[] losses) implements Model {

  /** Keeps its own copy of the losses; refuses an empty history (a fit runs at least one epoch). */
  public SgdModel {
    if (losses.length == 0) throw new IllegalArgumentException("An SGD model needs the loss of at least one epoch.");
    losses = losses.clone();
  }

  /** The losses per epoch, a copy. */
  @Override
  public double[] losses() {
    return losses.clone();
  }

  @Override
  public int inputDim() {
    return network.inputDim();
  }

  @Override
  public int outputDim() {
    return network.outputDim();
  }

  @Override
  public Mat predict(Mat x) {
    return network.predict(x);
  }

  @Override
  public String summary() {
    return String.format("%s on %d points: training loss %.4g in the last epoch", learner, samples, losses[losses.length - 1]);
  }

  @Override
  public String toString() {
    return summary();
  }
}
