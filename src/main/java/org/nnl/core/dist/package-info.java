/** Input distributions on R^d (sphere, gaussian, cube, CSV rows), sampling of data sets, data sets as CSV, and the helpers for deterministic parallel blocks and memory checks. Imports org.nnl.core and core.linalg. */
package org.nnl.core.dist;
