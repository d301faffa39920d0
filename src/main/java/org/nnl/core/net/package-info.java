/** Architectures (dense, sumrelu, conv), weight laws, drawn networks, shadow networks and the batched forward pass. Imports org.nnl.core, core.act, core.hermite, core.linalg. */
package org.nnl.core.net;
