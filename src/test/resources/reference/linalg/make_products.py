#!/usr/bin/env python3
"""Reference products for LinalgReferenceTest: numpy (OpenBLAS) computes A@B, A@B.T, A.T@B
and B.T@B for fixed random matrices; values are written with repr (17 significant digits).
Output: products.txt, blocks "name rows cols" followed by row-major values, one per line."""
import numpy as np

rng = np.random.default_rng(20261123)
A = rng.standard_normal((17, 263))   # k = 263 > one K-block of 256
B = rng.standard_normal((263, 13))
Bt = rng.standard_normal((11, 263))
C = rng.standard_normal((17, 5))
blocks = {"A": A, "B": B, "Bt": Bt, "C": C,
          "AB": A @ B, "ABt": A @ Bt.T, "AtC": A.T @ C, "BtB": B.T @ B}
with open("products.txt", "w") as f:
    for name, m in blocks.items():
        f.write(f"{name} {m.shape[0]} {m.shape[1]}\n")
        for v in m.ravel():
            f.write(repr(float(v)) + "\n")
