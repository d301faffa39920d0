package org.nnl.core.net;

/**
 * An architecture: a family of networks with a weight law. {@code draw(seed)} gives a network
 * with random weights, identical for the same seed on every run and thread count.
 * {@code toString()} reads like the declaration, e.g. {@code dense(32 -> 512 -> 1, act: relu)}.
 */
public interface Architecture {
  /** d_0. */
  int inputDim();

  /** The output dimension. */
  int outputDim();

  /** i, the number of weight layers (dense: widths.length − 1; sumrelu and conv: 2). */
  int depth();

  Network draw(long seed);
}
