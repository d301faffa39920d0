#!/usr/bin/env python3
"""Reference values for CholeskyTest (scipy/numpy, LAPACK), for a matrix that spans several of
BlockedCholesky's 48-blocks and recursion levels. Defined by formulas the Java test evaluates
too (0-based i, j):
  M[i, j] = sin(0.37 (i+1)(j+1)) + 0.1 cos(i - 2j)      (n x p = 200 x 150)
  A = M^T M / n + 0.05 I                                (150 x 150, symmetric positive definite)
  B[i, c] = cos(0.5 i + 1 + c)                          (150 x 3)
Output: cholesky.txt, lines "name v0 v1 ..." with repr floats: rows 0, 47, 48, 95, 96, 127, 128
and 149 of L (their first i+1 entries), the diagonal of L, A^-1 B (row-major), tr(A^-1) and
log det A."""
import numpy as np
import scipy.linalg as sl

n, p = 200, 150
i = np.arange(n)[:, None]
j = np.arange(p)[None, :]
M = np.sin(0.37 * (i + 1) * (j + 1)) + 0.1 * np.cos(i - 2 * j)
A = M.T @ M / n + 0.05 * np.eye(p)
B = np.cos(0.5 * np.arange(p)[:, None] + 1 + np.arange(3)[None, :])
L = np.linalg.cholesky(A)
out = {}
for r in (0, 47, 48, 95, 96, 127, 128, 149):
    out["L_row_%d" % r] = L[r, : r + 1]
out["L_diag"] = np.diag(L)
out["solve_B"] = sl.cho_solve(sl.cho_factor(A, lower=True), B)
out["trace_inv"] = [np.trace(np.linalg.inv(A))]
out["logdet"] = [np.linalg.slogdet(A)[1]]
with open("cholesky.txt", "w") as f:
    for k, v in out.items():
        f.write(k + " " + " ".join(repr(float(x)) for x in np.ravel(v)) + "\n")
