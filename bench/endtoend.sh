#!/usr/bin/env bash
# Issue 4 end-to-end benchmark: NNL (org.nnl.bench.EndToEnd) and the same computation in numpy
# (bench/numpy_polyreg.py), back to back on this machine; prints both and the ratios.
# Usage: bench/endtoend.sh [REPS]   (best of REPS after one warm-up; default 3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps="${1:-3}"
cd "$here"
mvn -B -q -o -DskipTests package >target/endtoend-build.log 2>&1 || { tail -40 target/endtoend-build.log; exit 1; }
echo "== NNL"
java --add-modules jdk.incubator.vector -Xmx6g -cp target/nnl.jar:target/test-classes org.nnl.bench.EndToEnd "$reps" 2>/dev/null | tee target/endtoend-nnl.txt
echo "== numpy"
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/numpy_polyreg.py "$reps" | tee target/endtoend-numpy.txt
python3 - <<'PY'
def read(f):
    return {l.split()[0]: l.split()[1] for l in open(f) if len(l.split()) == 2}
j, n = read("target/endtoend-nnl.txt"), read("target/endtoend-numpy.txt")
print("== ratios (> 1 means NNL is faster)")
print(f"polyreg wall time numpy/NNL: {float(n['polyreg_seconds']) / float(j['polyreg_seconds']):.2f}"
      f"  (NNL {j['polyreg_seconds']} s, numpy {n['polyreg_seconds']} s)")
print(f"sgd samples/s NNL/numpy:     {float(j['sgd_samples_per_second']) / float(n['sgd_samples_per_second']):.2f}"
      f"  (NNL {j['sgd_samples_per_second']}, numpy {n['sgd_samples_per_second']})")
PY
