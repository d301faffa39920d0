/**
 * Dense linear algebra: {@link org.nnl.core.linalg.Mat} and the kernels and factorizations
 * over it. The only package that touches EJML types; imports nothing else from NNL but
 * org.nnl.core.
 */
package org.nnl.core.linalg;
