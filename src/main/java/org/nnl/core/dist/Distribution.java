package org.nnl.core.dist;

import org.nnl.core.linalg.Mat;

/**
 * A distribution on R^d. {@code sample(n, seed)} returns n points as the rows of an n × d
 * matrix, identical for the same seed on every run and thread count.
 * {@code toString()} reads like the declaration: {@code sphere(32)}.
 */
public interface Distribution {
  int dim();

  Mat sample(int n, long seed);
}
