/**
 * The interpreter: runs checked programs over a session's bindings, lowering declarations onto
 * core objects once; user activations are compiled to closures with their kinks
 * ({@link org.nnl.lang.eval.Formula}, {@link org.nnl.lang.eval.Kinks}). Built-ins, printing, save
 * and plot come through {@link org.nnl.lang.library.Services} (implemented by the builtin
 * subpackage, given by the Session). Calls and imports run as the check resolved them
 * ({@link org.nnl.lang.check.Resolution}): the built-in overload and argument binding it chose,
 * the program it read for an import; the run resolves a call only where the check could not. Imports core, lang.ast, lang.check, lang.diag, lang.syntax and
 * lang.library; never lang.eval.builtin.
 */
package org.nnl.lang.eval;
