/**
 * The numeric core of NNL: value types shared by every part of the core
 * ({@link org.nnl.core.Estimate}, {@link org.nnl.core.Table},
 * {@link org.nnl.core.Rng}, {@link org.nnl.core.SeedStream}, {@link org.nnl.core.Progress}, and
 * {@link org.nnl.core.Parallel}, the one parallel loop, over a fixed decomposition) and the sub-packages
 * act, hermite, net, dist, learn, measure, linalg, predict (the batched function of networks and models)
 * and text (how numbers and "Did you mean" suggestions are written, one rule each).
 *
 * <p>The core never imports the language (org.nnl.lang), ANTLR or JLine; everything the
 * language does, a Java or Groovy caller can do with the core alone. Only
 * {@code org.nnl.core.linalg} touches EJML types. User errors are reported as
 * {@link org.nnl.core.InvalidRequestException} with a message fit for a user.
 */
package org.nnl.core;
