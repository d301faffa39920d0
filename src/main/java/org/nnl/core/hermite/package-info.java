/**
 * Hermite analysis in the orthonormal basis h_n = He_n/√n!: coefficients a_i = E[σ(X) h_i(X)]
 * by quadrature against the Hermite functions ψ_i (normalized recurrence, no factorials; cached
 * per activation), tails ε_σ(n) by integrating the residual directly, duals σ̂(ρ) (closed forms,
 * Mehler's series, or a polar two-dimensional integral near |ρ| = 1), truncations σ_n and their
 * monomials, and the papers' {@link org.nnl.core.hermite.Bounds}. Imports org.nnl.core and core.act.
 */
package org.nnl.core.hermite;
