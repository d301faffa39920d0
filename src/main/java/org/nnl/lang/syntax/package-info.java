/** Parsing: the ANTLR-generated parser driven with collecting error listeners; messages in NNL's voice. */
package org.nnl.lang.syntax;
