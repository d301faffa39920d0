/**
 * The language's built-in functions: the {@link org.nnl.lang.eval.builtin.Catalog} that binds
 * every built-in name of language.md to the core (one group class per core package), over the
 * contract of lang.library (Builtin, Fn, Param, Kind, Args, CallContext), and
 * {@link org.nnl.lang.eval.builtin.RuntimeServices}, the interpreter's services, which the
 * Session installs. Imports the core, lang.library and {@code output}; nothing of the
 * interpreter or the checker.
 */
package org.nnl.lang.eval.builtin;
