/** The checker: names, kinds and arities, collecting every diagnostic before anything runs. */
package org.nnl.lang.check;
