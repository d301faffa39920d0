#!/usr/bin/env python3
"""numpy (OpenBLAS) on the shapes of GemmBench: mean milliseconds per call after warm-up, as
JSON lines {"bench": ..., "shape": ..., "ms": ...}. Run with OPENBLAS_CORETYPE and
OPENBLAS_L2_SIZE unset (bench/gemm.sh does) or OpenBLAS runs at about half speed."""
import json
import time

import numpy as np
import scipy.linalg as sl

SHAPES = ["1000x1000x1000", "2000x2000x2000", "8192x32x1024", "8192x1024x1024"]


def mean_ms(f, seconds=4.0):
    f()
    f()
    n, t0 = 0, time.perf_counter()
    while time.perf_counter() - t0 < seconds or n < 3:
        f()
        n += 1
    return (time.perf_counter() - t0) / n * 1e3


def emit(bench, shape, ms):
    print(json.dumps({"bench": bench, "shape": shape, "ms": ms}), flush=True)


rng = np.random.default_rng(1)
for shape in SHAPES:
    m, k, n = map(int, shape.split("x"))
    a, bt, b = rng.uniform(-1, 1, (m, k)), rng.uniform(-1, 1, (n, k)), rng.uniform(-1, 1, (k, n))
    emit("multTransB", shape, mean_ms(lambda: a @ bt.T))
    emit("mult", shape, mean_ms(lambda: a @ b))

x, w1 = rng.uniform(-1, 1, (8192, 32)), rng.uniform(-1, 1, (1024, 32))
w2, w3 = rng.uniform(-1, 1, (1024, 1024)), rng.uniform(-1, 1, (1, 1024))
relu = lambda z: np.maximum(z, 0, out=z)
emit("forwardPass", "", mean_ms(lambda: relu(relu(x @ w1.T) @ w2.T) @ w3.T))
g = rng.uniform(-1, 1, (2000, 2000))
spd = g.T @ g + 2000 * np.eye(2000)
rhs = rng.uniform(-1, 1, (2000, 1))
emit("choleskySolve2000", "", mean_ms(lambda: sl.cho_solve(sl.cho_factor(spd, lower=True), rhs)))
