/**
 * The language's built-in functions: the {@link org.nnl.lang.eval.builtin.Builtin} contract
 * (Param, Kind, Args, CallContext), the {@link org.nnl.lang.eval.builtin.Catalog} that binds
 * every built-in name of language.md to the core (one group class per core package), and
 * {@link org.nnl.lang.eval.builtin.RuntimeServices}, the interpreter's services. Imports the
 * core and {@code output}; the interpreter imports this package, never the reverse (except the
 * Services interface it implements).
 */
package org.nnl.lang.eval.builtin;
