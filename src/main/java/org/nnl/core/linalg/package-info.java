/**
 * Dense linear algebra: {@link org.nnl.core.linalg.Mat}; the fast, deterministic products of
 * {@link org.nnl.core.linalg.Linalg} (packed panels, a Vector API micro-kernel with a scalar
 * fallback, fixed output tiles on the fork-join pool); the solvers
 * {@link org.nnl.core.linalg.Cholesky} (blocked, on the fast kernel),
 * {@link org.nnl.core.linalg.SymmetricEigen}, {@link org.nnl.core.linalg.SmallSquare} (SVD and inverse of k × k blocks) and {@link org.nnl.core.linalg.LeastSquares}
 * (EJML underneath); and {@link org.nnl.core.linalg.MemoryGuard}, the check before a large
 * allocation. The only package that touches EJML types; imports nothing else from NNL but
 * org.nnl.core, and jdk.incubator.vector only from VectorKernel.
 */
package org.nnl.core.linalg;
