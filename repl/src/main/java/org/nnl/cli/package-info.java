/**
 * The {@code nnl} command line ({@link org.nnl.cli.Main}): scripts, snippets and checks over
 * org.nnl.lang.Session, and the dispatch to the front ends, the REPL (org.nnl.repl) and the
 * Jupyter kernel (org.nnl.jupyter). The top of the house: nothing imports it.
 */
package org.nnl.cli;
