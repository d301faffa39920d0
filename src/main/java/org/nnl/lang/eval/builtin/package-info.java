/**
 * The language's built-in functions: the {@link org.nnl.lang.eval.builtin.Builtin} contract
 * and the catalog that binds every built-in name of language.md to the core.
 */
package org.nnl.lang.eval.builtin;
