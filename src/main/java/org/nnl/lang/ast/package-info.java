/** AST records (sealed interfaces), each with its source span. */
package org.nnl.lang.ast;
