/**
 * The interpreter: runs checked programs over a session's bindings, lowering declarations onto
 * core objects once; user activations are compiled to closures with their kinks
 * ({@link org.nnl.lang.eval.Formula}, {@link org.nnl.lang.eval.Kinks}). Built-ins, printing, save
 * and plot come through {@link org.nnl.lang.eval.Services} (implemented in the builtin
 * subpackage, found by ServiceLoader). Imports core, lang.ast, lang.check, lang.diag, lang.syntax.
 */
package org.nnl.lang.eval;
