/** Input distributions on R^d (sphere, gaussian, cube, CSV rows), sampling of data sets, data sets as CSV (parallel blocks through org.nnl.core.Parallel). Imports org.nnl.core and core.linalg. */
package org.nnl.core.dist;
