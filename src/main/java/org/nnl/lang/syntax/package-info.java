/**
 * Parsing: the ANTLR-generated parser (grammar/org/nnl/lang/syntax/Nnl.g4, labels only) driven
 * with a newline filter and a collecting error listener whose messages speak NNL; the parse tree
 * becomes {@link org.nnl.lang.ast} records. Imports ANTLR, lang.ast and lang.diag only.
 */
package org.nnl.lang.syntax;
