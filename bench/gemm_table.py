#!/usr/bin/env python3
"""Joins bench/gemm.sh's JMH JSON files (jmh-java-N.json: the reproducible kernel, jmh-native-N.json:
OpenBLAS) and numpy JSON lines (in the directory given) into one GFLOP/s table and the ratios to
numpy (> 1: NNL is faster). Both sides use the same statistic: the best of five 1-second
iterations, each the mean time per call over that second (JMH's iterations; bench/numpy_gemm.py
times numpy the same way), and each side's best over the rounds of a row
(jmh-BACKEND-ROW-ROUND.json; one numpy line per round)."""
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


def best_of_rounds(backend, i):
    """{key: best GFLOP/s} over the rounds jmh-BACKEND-I-R.json of row I."""
    found = {}
    for path in glob.glob(os.path.join(out, f"jmh-{backend}-{i}-*.json")):
        for key, (b, _) in best(path).items():
            found[key] = max(found.get(key, 0.0), b)
    return found


out = sys.argv[1]
numpy = {}  # the best (smallest) iteration time of each row over its rounds
for line in open(os.path.join(out, "numpy.jsonl")):
    r = json.loads(line)
    key = (r["bench"], r["shape"])
    numpy[key] = min(numpy.get(key, float("inf")), r["iteration_ms"])
rows = []
for i in sorted({int(p.rsplit("-", 2)[1]) for p in glob.glob(os.path.join(out, "jmh-java-*-*.json"))}):
    nat = best_of_rounds("native", i)
    for key, jb in best_of_rounds("java", i).items():
        if key not in numpy:
            continue
        nb = flops(*key) / numpy[key] / 1e6
        vb = nat.get(key, float("nan"))
        rows.append((key[0], key[1] or "-", jb, vb, nb))
print("| benchmark | shape m×k×n | NNL reproducible | NNL native (OpenBLAS) | numpy | reproducible / numpy | native / numpy |")
print("|---|---|---:|---:|---:|---:|---:|")
for b, s, jb, vb, nb in rows:
    print(f"| {b} | {s} | {jb:.1f} | {vb:.1f} | {nb:.1f} | {jb / nb:.2f} | {vb / nb:.2f} |")
print("(GFLOP/s of the best 1-second iteration of each side over its rounds, as JMH measures; ratios > 1 mean NNL is faster)")
