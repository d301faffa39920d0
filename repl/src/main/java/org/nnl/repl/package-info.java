/** The command line and the JLine REPL, thin clients of org.nnl.lang.Session. */
package org.nnl.repl;
