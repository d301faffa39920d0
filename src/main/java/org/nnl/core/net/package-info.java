/** Architectures (dense, sumrelu, conv), weight laws, drawn networks, shadow networks, the batched forward pass and the shadow's explicit polynomial. Imports org.nnl.core, core.act, core.hermite, core.linalg and core.dist (Gaussian variates). */
package org.nnl.core.net;
