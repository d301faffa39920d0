/** Activations: the Activation interface, the built-ins (normalized to E σ(X)² = 1) and user-defined functions. Imports only org.nnl.core. */
package org.nnl.core.act;
