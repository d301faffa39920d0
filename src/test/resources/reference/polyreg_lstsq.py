#!/usr/bin/env python3
"""Reference fits for PolyRegTest: plain least squares (numpy.linalg.lstsq, SVD, minimum norm)
on the Hermite tensor design of total degree <= k, built independently of NNL with
numpy.polynomial.hermite_e (h_n = He_n / sqrt(n!)).

Writes polyreg_<case>.csv with columns split,x0..x{d-1},y,pred where pred is the lstsq fit
(on train rows: fitted values; on test rows: predictions), and polyreg_<case>.txt with
p (= C(d+k, k)) and the numerical rank of the training design.
Run: python3 polyreg_lstsq.py  (from this directory)."""
import itertools, math
import numpy as np
from numpy.polynomial import hermite_e as He


def design(x, k):
    n, d = x.shape
    cols = []
    for alpha in itertools.product(range(k + 1), repeat=d):
        if sum(alpha) > k:
            continue
        col = np.ones(n)
        for j, a in enumerate(alpha):
            c = np.zeros(a + 1); c[a] = 1.0
            col = col * He.hermeval(x[:, j], c) / math.sqrt(math.factorial(a))
        cols.append(col)
    return np.column_stack(cols)


def target(x):
    # not a polynomial: the fit is a genuine projection
    return np.tanh(x[:, 0] - 0.5 * x[:, 1]) + np.sin(x[:, 2] * x[:, -1]) + 0.3 * np.abs(x[:, 1])


def case(name, x_tr, x_te, k):
    y_tr, y_te = target(x_tr), target(x_te)
    a = design(x_tr, k)
    c, *_ = np.linalg.lstsq(a, y_tr, rcond=None)
    rank = np.linalg.matrix_rank(a)
    with open(f"polyreg_{name}.csv", "w") as f:
        d = x_tr.shape[1]
        f.write("split," + ",".join(f"x{j}" for j in range(d)) + ",y,pred\n")
        for split, x, y, pred in (("train", x_tr, y_tr, a @ c), ("test", x_te, y_te, design(x_te, k) @ c)):
            for i in range(x.shape[0]):
                f.write(split + "," + ",".join(repr(float(v)) for v in x[i]) + f",{float(y[i])!r},{float(pred[i])!r}\n")
    with open(f"polyreg_{name}.txt", "w") as f:
        f.write(f"p {a.shape[1]}\nrank {rank}\n")


def sphere(rng, n, d):
    g = rng.standard_normal((n, d))
    return g * np.sqrt(d) / np.linalg.norm(g, axis=1, keepdims=True)


rng = np.random.default_rng(20261123)
case("gaussian", rng.standard_normal((300, 4)), rng.standard_normal((100, 4)), 3)
case("sphere", sphere(rng, 400, 5), sphere(rng, 100, 5), 3)
