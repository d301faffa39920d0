/** Hermite analysis: coefficients a_i = E[σ(X) h_i(X)] in the orthonormal basis h_n = He_n/√n!, tails ε_σ(n), dual activations, truncations σ_n and the papers' bounds. Imports org.nnl.core and core.act. */
package org.nnl.core.hermite;
