/**
 * {@link org.nnl.core.predict.Predictor}: a function from R^d to R^m evaluated on batches, the
 * common face of networks, shadow networks and fitted models (so that mse, r2 and gap apply to
 * all). Its own package because it speaks core.linalg's Mat while core.linalg itself needs only
 * org.nnl.core: org.nnl.core ← core.linalg ← core.predict ← act, net, dist, learn, measure.
 */
package org.nnl.core.predict;
