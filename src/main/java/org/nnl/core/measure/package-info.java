/** Measurements: gap and moment estimators with standard errors, and the theorem's bound beside them. Imports the other core packages. */
package org.nnl.core.measure;
