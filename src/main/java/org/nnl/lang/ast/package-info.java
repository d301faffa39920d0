/**
 * The abstract syntax tree of NNL: records in the sealed interfaces {@link org.nnl.lang.ast.Stmt}
 * and {@link org.nnl.lang.ast.Expr}, each with the {@link org.nnl.lang.ast.Span} of its source
 * text; the operators are the enums {@link org.nnl.lang.ast.BinaryOp} (with its family: arithmetic,
 * equality, order, logical) and {@link org.nnl.lang.ast.UnaryOp}. Imports nothing else of NNL.
 */
package org.nnl.lang.ast;
