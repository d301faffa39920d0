/** The language facade: Nnl and Session, shared by the command line, the REPL and embedding. Imports core and the lang sub-packages. */
package org.nnl.lang;
