#!/usr/bin/env python3
"""numpy's side of ForwardPassBench: 8192 points through 32 -> 1024 -> 1024 -> 1 (relu,
Xavier weights), best of 5, printed in GFLOP/s. Run with the OpenBLAS overrides unset:
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/python/forward_numpy.py"""
import time
import numpy as np

rng = np.random.default_rng(1)
widths = [32, 1024, 1024, 1]
n = 8192
ws = [rng.standard_normal((widths[j], widths[j - 1])) / np.sqrt(widths[j - 1]) for j in range(1, len(widths))]
x = rng.standard_normal((n, 32))
x *= np.sqrt(32) / np.linalg.norm(x, axis=1, keepdims=True)


def forward(x):
    psi = x
    for j, w in enumerate(ws):
        phi = psi @ w.T
        psi = np.sqrt(2.0) * np.maximum(phi, 0.0) if j < len(ws) - 1 else phi
    return psi


flops = 2.0 * n * sum(widths[j] * widths[j - 1] for j in range(1, len(widths)))
forward(x)
best = min((lambda t0: (forward(x), time.perf_counter() - t0)[1])(time.perf_counter()) for _ in range(5))
print("numpy forward 8192 x (32 -> 1024 -> 1024 -> 1): %.1f ms, %.1f GFLOP/s" % (1e3 * best, flops / best / 1e9))
