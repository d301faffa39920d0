/**
 * Measurements and the theory beside them: gap and moment estimators with standard errors (the
 * shadow gap importance-sampled on the sphere's exactly-N(0, 1) first layer, with median, quantiles
 * and tail diagnostics), the theorem's bound, the infinite-width {@link org.nnl.core.measure.Limit},
 * and the PTAS {@link org.nnl.core.measure.Plan}. Imports the other core packages.
 */
package org.nnl.core.measure;
