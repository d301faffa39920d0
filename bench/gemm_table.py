#!/usr/bin/env python3
"""Joins bench/gemm.sh's JMH JSON files and numpy JSON lines (in the directory given) into a
GFLOP/s table: best call of each side, JMH's mean, and the ratio of the best GFLOP/s."""
import glob
import json
import os
import sys


def flops(bench, shape):
    if bench == "forwardPass":
        return 2.0 * 8192 * (32 * 1024 + 1024 * 1024 + 1024)
    if bench == "choleskySolve2000":
        return 2000.0 ** 3 / 3
    m, k, n = map(int, shape.split("x"))
    return 2.0 * m * k * n


out = sys.argv[1]
numpy = {}
for line in open(os.path.join(out, "numpy.jsonl")):
    r = json.loads(line)
    numpy[(r["bench"], r["shape"])] = r
print(f"{'benchmark':18} {'shape mxkxn':15} {'NNL best':>9} {'NNL mean':>9} {'numpy best':>10} {'ratio':>6}   (GFLOP/s)")
for path in sorted(glob.glob(os.path.join(out, "jmh-*.json")), key=lambda p: int(p.rsplit("-", 1)[1][:-5])):
    for r in json.load(open(path)):
        bench = r["benchmark"].rsplit(".", 1)[1]
        shape = r.get("params", {}).get("shape", "")
        raw = [x for fork in r["primaryMetric"]["rawData"] for x in fork]
        f = flops(bench, shape)
        best, mean = f / min(raw) / 1e6, f / r["primaryMetric"]["score"] / 1e6
        n = numpy.get((bench, shape))
        if n is None:
            continue
        nbest = f / n["best_ms"] / 1e6
        print(f"{bench:18} {shape or '-':15} {best:9.1f} {mean:9.1f} {nbest:10.1f} {best / nbest:6.2f}")
