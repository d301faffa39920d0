/**
 * Activations: the {@link org.nnl.core.act.Activation} interface (σ = f/scale, normalized so
 * that E σ(X)² = 1 unless raw), the built-ins and leaky(α) with exact norms, Lipschitz
 * constants, derivatives and closed-form duals where known, raw(a), user-defined functions
 * (validated and normalized at construction), erf to double precision, and
 * {@link org.nnl.core.act.GaussianRule}: the kink-aware, adaptively refined quadrature for
 * E g(X) that the Hermite core builds on. Imports only org.nnl.core.
 */
package org.nnl.core.act;
