/** The JLine REPL (and its completion, help and colon commands, which the Jupyter kernel reuses through Assist), a thin client of org.nnl.lang.Session; the command line is org.nnl.cli. */
package org.nnl.repl;
