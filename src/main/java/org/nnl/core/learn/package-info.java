/**
 * Learners and models (Learner -> Model): polynomial regression in the Hermite tensor basis
 * ({@link org.nnl.core.learn.PolyReg}), kernel regression, SGD; the metrics mse and r2 and
 * learning curves ({@link org.nnl.core.learn.Metrics}, {@link org.nnl.core.learn.LearningCurve}).
 * Imports org.nnl.core and its sub-packages act, hermite, net, dist and linalg; never EJML
 * types directly except in the temporary adapter SpdSolve (to be replaced by core.linalg).
 */
package org.nnl.core.learn;
