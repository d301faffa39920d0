/** Input distributions on R^d (sphere, gaussian, cube, CSV rows) and data sets. Imports org.nnl.core and core.linalg. */
package org.nnl.core.dist;
