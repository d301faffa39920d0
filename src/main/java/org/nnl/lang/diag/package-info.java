/** Diagnostics: positions, messages, rendering with carets, and the exception that carries them. */
package org.nnl.lang.diag;
