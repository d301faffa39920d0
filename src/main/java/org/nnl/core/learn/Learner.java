package org.nnl.core.learn;

import org.nnl.core.dist.DataSet;

/** A learning algorithm (Tribuo's split): {@code fit(data)} returns a {@link Model}. Prints like its declaration. */
public interface Learner {
  Model fit(DataSet data);
}
