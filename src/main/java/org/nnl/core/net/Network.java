package org.nnl.core.net;

import org.nnl.core.predict.Predictor;

/** A network with fixed weights: a {@link Predictor} that knows its architecture. */
public interface Network extends Predictor {
  Architecture architecture();
}
