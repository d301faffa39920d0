#!/usr/bin/env python3
"""Joins GemmBench's JMH JSON and numpy_gemm.py's JSON lines into a GFLOP/s table with ratios."""
import json
import sys


def flops(bench, shape):
    if bench == "forwardPass":
        return 2.0 * 8192 * (32 * 1024 + 1024 * 1024 + 1024)
    if bench == "choleskySolve2000":
        return 2000.0 ** 3 / 3
    m, k, n = map(int, shape.split("x"))
    return 2.0 * m * k * n


jmh = {}
for r in json.load(open(sys.argv[1])):
    name = r["benchmark"].rsplit(".", 1)[1]
    jmh[(name, r.get("params", {}).get("shape", ""))] = r["primaryMetric"]["score"]
numpy = {}
for line in open(sys.argv[2]):
    r = json.loads(line)
    numpy[(r["bench"], r["shape"])] = r["ms"]
print(f"{'benchmark':18} {'shape mxkxn':16} {'NNL ms':>9} {'NNL GF/s':>9} {'numpy ms':>9} {'numpy GF/s':>10} {'ratio':>6}")
seen = set()
for key in list(jmh):
    bench, shape = key
    if bench in ("forwardPass", "choleskySolve2000"):
        if bench in seen:
            continue
        seen.add(bench)
        shape = ""
    if (bench, shape) not in numpy:
        continue
    ms, nms = jmh[key], numpy[(bench, shape)]
    f = flops(bench, shape)
    print(f"{bench:18} {shape or '-':16} {ms:9.1f} {f / ms / 1e6:9.1f} {nms:9.1f} {f / nms / 1e6:10.1f} {nms / ms:6.2f}")
