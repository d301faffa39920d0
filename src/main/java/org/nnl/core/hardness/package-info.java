/**
 * The hardness paper (Daniely and Vardi 2020, Section 4) made executable: the reduction from
 * sign-CNNs h_w (conv(n, patch: t, weights: bernoulli(1))) to natural-weight networks h_{MW}
 * through a random diagonal-blocks matrix M ({@link org.nnl.core.hardness.Reduction}), the
 * goodness-of-fit of MW against the natural law ({@link org.nnl.core.hardness.LawFit}, a
 * Kolmogorov–Smirnov test with {@link org.nnl.core.hardness.Kolmogorov}'s distribution), the
 * checks of the identities on data ({@link org.nnl.core.hardness.Audit}) and SCAT's scattered
 * samples ({@link org.nnl.core.hardness.Scatter}). Imports org.nnl.core, core.net, core.dist,
 * core.act (the normal law) and core.linalg.
 */
package org.nnl.core.hardness;
