package org.nnl.core.learn;

import org.nnl.core.linalg.Mat;
import org.nnl.core.net.DenseNetwork;

/** The network trained by {@link Sgd}, with its training loss per epoch. */
public final class SgdModel implements Model {
  private final Sgd learner;
  private final DenseNetwork network;
  private final int samples;
  private final double[] losses;

  SgdModel(Sgd learner, DenseNetwork network, int samples, double[] losses) {
    this.learner = learner;
    this.network = network;
    this.samples = samples;
    this.losses = losses;
  }

  /** The trained network. */
  public DenseNetwork network() {
    return network;
  }

  /** The mean training loss ½‖f(x) − y‖² of each epoch (during the epoch, before each update). */
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
