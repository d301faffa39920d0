#!/usr/bin/env python3
"""numpy (OpenBLAS; scipy's BLAS wrapper for multAdd) on the shapes of GemmBench. Usage:
numpy_gemm.py [BENCH [SHAPE]] runs the named benchmark(s) only. Prints JSON lines {"bench", "shape", "iteration_ms", "best_ms", "mean_ms"}
measured as JMH measures GemmBench (bench/gemm.sh: -wi 2 -w 1 -i 5 -r 1): two 1-second warm-up
iterations, then five 1-second iterations; iteration_ms is the best iteration's mean time per call
(the statistic bench/gemm_table.py compares with JMH's), best_ms the fastest single call and
mean_ms the mean over all measured calls. Run with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset
(bench/gemm.sh does) or OpenBLAS runs at about half speed."""
import json
import sys
import time

import numpy as np
import scipy.linalg as sl
from scipy.linalg.blas import dgemm

SHAPES = ["1000x1000x1000", "2000x2000x2000", "8192x32x1024", "8192x1024x1024"]
only_bench = sys.argv[1] if len(sys.argv) > 1 else None
only_shape = sys.argv[2] if len(sys.argv) > 2 else None


def iteration(f, seconds=1.0):
    """The call times of one iteration: calls until `seconds` have passed (at least one), as JMH does."""
    times, t_end = [], time.perf_counter() + seconds
    while not times or time.perf_counter() < t_end:
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return times


def emit(bench, shape, f, warmups=2, iterations=5):
    if only_bench not in (None, bench) or only_shape not in (None, shape):
        return
    for _ in range(warmups):
        iteration(f)
    its = [iteration(f) for _ in range(iterations)]
    calls = [t for it in its for t in it]
    print(json.dumps({"bench": bench, "shape": shape,
                      "iteration_ms": min(sum(it) / len(it) for it in its) * 1e3,
                      "best_ms": min(calls) * 1e3, "mean_ms": sum(calls) / len(calls) * 1e3}), flush=True)


rng = np.random.default_rng(1)
for shape in SHAPES:
    if only_shape not in (None, shape):
        continue
    m, k, n = map(int, shape.split("x"))
    a, bt, b = rng.uniform(-1, 1, (m, k)), rng.uniform(-1, 1, (n, k)), rng.uniform(-1, 1, (k, n))
    emit("multTransB", shape, lambda: a @ bt.T)
    emit("mult", shape, lambda: a @ b)
    # C += A·B in place, as GemmBench.multAdd: BLAS dgemm with beta = 1 on C's own memory. C is
    # row-major, so the call computes Cᵀ += Bᵀ·Aᵀ on the column-major views (no copy is made).
    if only_bench in (None, "multAdd"):
        c = np.zeros((m, n))
        add = lambda: dgemm(1.0, b.T, a.T, beta=1.0, c=c.T, overwrite_c=True)
        assert np.shares_memory(add(), c)
        emit("multAdd", shape, add)

if only_bench in (None, "forwardPass"):
    x, w1 = rng.uniform(-1, 1, (8192, 32)), rng.uniform(-1, 1, (1024, 32))
    w2, w3 = rng.uniform(-1, 1, (1024, 1024)), rng.uniform(-1, 1, (1, 1024))
    # NNL's network applies the normalized relu sqrt(2)*max(z, 0); its sqrt(2) is folded into W2
    # and W3 here (W sqrt(2) relu(z) = (sqrt(2) W) relu(z)), the fastest way to write it in numpy.
    w2, w3 = np.sqrt(2) * w2, np.sqrt(2) * w3
    relu = lambda z: np.maximum(z, 0, out=z)
    emit("forwardPass", "", lambda: relu(relu(x @ w1.T) @ w2.T) @ w3.T)
if only_bench in (None, "choleskySolve2000"):
    g = rng.uniform(-1, 1, (2000, 2000))
    spd = g.T @ g + 2000 * np.eye(2000)
    rhs = rng.uniform(-1, 1, (2000, 1))
    emit("choleskySolve2000", "", lambda: sl.cho_solve(sl.cho_factor(spd, lower=True), rhs))
if only_bench in (None, "traceInverse2000"):
    g = rng.uniform(-1, 1, (2000, 2000))
    spd = g.T @ g + 2000 * np.eye(2000)

    def trace_inverse():
        # LAPACK dpotrf + dtrtri: tr(A^-1) = ||L^-1||_F^2 (dtrtri leaves the upper triangle as given).
        li = sl.lapack.dtrtri(sl.cho_factor(spd, lower=True)[0], lower=1)[0]
        return np.square(np.tril(li)).sum()
    emit("traceInverse2000", "", trace_inverse)
