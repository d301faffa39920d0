/**
 * The checker: names defined before use, kinds of declarations and operators, calls against the
 * built-ins' parameter lists (names, arity, kinds, overloads), user activation formulas, plot
 * options and imports; every diagnostic is collected before anything runs, with "Did you mean"
 * suggestions. Imports core, lang.ast, lang.diag, lang.syntax and lang.library (the
 * Builtin contract); never the interpreter. What a check decided travels to the interpreter as a
 * {@link org.nnl.lang.check.Resolution} (per import, the program checked); imported files are read
 * and parsed once through a session's {@link org.nnl.lang.check.ImportCache}.
 */
package org.nnl.lang.check;
