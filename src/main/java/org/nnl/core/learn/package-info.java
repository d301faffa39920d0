/** Learners and models (Learner -> Model): polynomial regression, kernel regression, SGD; metrics mse and r2. Imports the other core packages. */
package org.nnl.core.learn;
