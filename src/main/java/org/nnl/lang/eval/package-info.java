/** The interpreter: lowers declarations onto core objects once and evaluates the rest over them. */
package org.nnl.lang.eval;
