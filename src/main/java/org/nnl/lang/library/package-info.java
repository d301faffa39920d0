/**
 * The shared vocabulary of the language's built-ins, imported by the checker, the interpreter,
 * the built-in catalog and the clients alike: what a built-in is ({@link org.nnl.lang.library.Builtin},
 * {@link org.nnl.lang.library.Fn}, {@link org.nnl.lang.library.Param}, {@link org.nnl.lang.library.Kind},
 * {@link org.nnl.lang.library.Args}, {@link org.nnl.lang.library.CallContext}), what the language knows
 * of them ({@link org.nnl.lang.library.Library}, {@link org.nnl.lang.library.Kinds}, whose describe()
 * names a value in every message), what the interpreter needs from the runtime
 * ({@link org.nnl.lang.library.Services}), and the one evaluation of a network or model at points
 * ({@link org.nnl.lang.library.Points}, behind both {@code m(x)} and {@code predict(m, x)}). Imports only the core:
 * library ← check ← eval, library ← eval.builtin, and lang ties them together.
 */
package org.nnl.lang.library;
