/** Embedding: the JSR-223 engine (name nnl) and Groovy conveniences. Imports lang and core. */
package org.nnl.embed;
