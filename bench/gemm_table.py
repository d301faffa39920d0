#!/usr/bin/env python3
"""Joins bench/gemm.sh's JMH JSON files (jmh-java-N.json: the reproducible kernel, jmh-native-N.json:
OpenBLAS) and numpy JSON lines (in the directory given) into one GFLOP/s table and the ratios to
numpy (> 1: NNL is faster). Both sides use the same statistic: the best of five 1-second
iterations, each the mean time per call over that second (JMH's iterations; bench/numpy_gemm.py
times numpy the same way)."""
import glob
import json
import os
import sys


def flops(bench, shape):
    if bench == "forwardPass":
        return 2.0 * 8192 * (32 * 1024 + 1024 * 1024 + 1024)
    if bench == "choleskySolve2000":
        return 2000.0 ** 3 / 3
    if bench == "traceInverse2000":
        return 2 * 2000.0 ** 3 / 3
    m, k, n = map(int, shape.split("x"))
    return 2.0 * m * k * n


def best(path):
    """{(bench, shape): (GFLOP/s of the best iteration, GFLOP/s of the mean)} of one JMH result file."""
    out = {}
    for r in json.load(open(path)):
        bench = r["benchmark"].rsplit(".", 1)[1]
        shape = r.get("params", {}).get("shape", "")
        raw = [x for fork in r["primaryMetric"]["rawData"] for x in fork]
        f = flops(bench, shape)
        out[(bench, shape)] = (f / min(raw) / 1e6, f / r["primaryMetric"]["score"] / 1e6)
    return out


out = sys.argv[1]
numpy = {}
for line in open(os.path.join(out, "numpy.jsonl")):
    r = json.loads(line)
    numpy[(r["bench"], r["shape"])] = r
rows = []
for path in sorted(glob.glob(os.path.join(out, "jmh-java-*.json")), key=lambda p: int(p.rsplit("-", 1)[1][:-5])):
    nat_path = path.replace("jmh-java-", "jmh-native-")
    nat = best(nat_path) if os.path.exists(nat_path) else {}
    for key, (jb, _) in best(path).items():
        n = numpy.get(key)
        if n is None:
            continue
        nb = flops(*key) / n["iteration_ms"] / 1e6
        vb = nat.get(key, (float("nan"), 0))[0]
        rows.append((key[0], key[1] or "-", jb, vb, nb))
print("| benchmark | shape m×k×n | NNL reproducible | NNL native (OpenBLAS) | numpy | reproducible / numpy | native / numpy |")
print("|---|---|---:|---:|---:|---:|---:|")
for b, s, jb, vb, nb in rows:
    print(f"| {b} | {s} | {jb:.1f} | {vb:.1f} | {nb:.1f} | {jb / nb:.2f} | {vb / nb:.2f} |")
print("(GFLOP/s of the best 1-second iteration of each, as JMH measures; ratios > 1 mean NNL is faster)")
