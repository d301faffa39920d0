#!/usr/bin/env python3
"""Reference solutions for SolversReferenceTest (scipy/numpy, LAPACK). The matrices are
defined by formulas that the Java test evaluates too (0-based i, j):
  M[i, j] = sin(0.37 (i+1)(j+1)) + 0.1 cos(i - 2j)          (n x p = 80 x 40)
  S = M^T M / n + 0.1 I  (40 x 40, symmetric positive definite)
  D[i, j] = M[i, j] for j < 12, D[:, j] = D[:, j-12] + D[:, j-11] for 12 <= j < 20  (rank 12)
  b[i] = cos(0.5 i + 1)
Output: solvers.txt, lines "name v0 v1 ..." with repr floats."""
import numpy as np
import scipy.linalg as sl

n, p = 80, 40
i = np.arange(n)[:, None]
j = np.arange(p)[None, :]
M = np.sin(0.37 * (i + 1) * (j + 1)) + 0.1 * np.cos(i - 2 * j)
S = M.T @ M / n + 0.1 * np.eye(p)
D = np.empty((n, 20))
D[:, :12] = M[:, :12]
for c in range(12, 20):
    D[:, c] = D[:, c - 12] + D[:, c - 11]
b = np.cos(0.5 * np.arange(n) + 1)
bp = b[:p]
G = D.T @ D / n

out = {
    "chol_solve_S": sl.cho_solve(sl.cho_factor(S, lower=True), bp),
    "chol_solve_S_ridge": sl.solve(S + 0.25 * np.eye(p), bp, assume_a="pos"),
    "logdet_S": [np.linalg.slogdet(S)[1]],
    "trace_inv_S": [np.trace(np.linalg.inv(S))],
    "eigvals_S": np.linalg.eigvalsh(S),
    "eigvals_G": np.linalg.eigvalsh(G),
    "lstsq_M": np.linalg.lstsq(M, b, rcond=None)[0],
    "minnorm_D": np.linalg.lstsq(D, b, rcond=None)[0],
    "rank_D": [np.linalg.matrix_rank(D)],
    "pinv_G_Dtb": np.linalg.pinv(G, rcond=1e-10, hermitian=True) @ (D.T @ b / n),
}
with open("solvers.txt", "w") as f:
    for k, v in out.items():
        f.write(k + " " + " ".join(repr(float(x)) for x in np.ravel(v)) + "\n")
