/**
 * Learners and models (Learner -> Model): polynomial regression in the Hermite tensor basis
 * ({@link org.nnl.core.learn.PolyReg}), kernel regression, SGD ({@link org.nnl.core.learn.Sgd}: Backprop for
 * any depth, FusedSgd for one hidden layer, the same bits); the metrics mse and r2 and
 * learning curves ({@link org.nnl.core.learn.Metrics}, {@link org.nnl.core.learn.LearningCurve}).
 * Imports org.nnl.core and its sub-packages act, hermite, net, dist and linalg (all solves go
 * through core.linalg's Cholesky; no EJML types here).
 */
package org.nnl.core.learn;
