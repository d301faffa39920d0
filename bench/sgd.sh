#!/usr/bin/env bash
# The SGD row of bench/endtoend.sh alone, in a few seconds: one epoch of dense(20 -> 1024 -> 1,
# relu), 20000 points, batch 64 (org.nnl.bench.SgdBench, reproducible kernel, on 1 thread and on
# all processors, interleaved) next to numpy's same epoch (bench/numpy_polyreg.py --sgd, default
# threads and OPENBLAS_NUM_THREADS=1; the better counts); prints the samples/s and the ratios.
# Run it on an idle machine (check `uptime`): figures measured under load are not evidence.
# Usage: bench/sgd.sh [REPS] [WIDTHS]   (best of REPS after one warm-up, default 5; WIDTHS e.g. 20,1024,1024,1)
set -euo pipefail
cd "$(dirname "$0")/.."
reps="${1:-5}"
widths="${2:-20,1024,1}"
load0="$(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -q -o -DskipTests package >target/sgd-build.log 2>&1 || { tail -40 target/sgd-build.log; exit 1; }
# Huge pages for the heap where the kernel offers them, as ./nnl asks for.
thp=(); grep -qs '\[\(always\|madvise\)\]' /sys/kernel/mm/transparent_hugepage/enabled && thp=(-XX:+UseTransparentHugePages)
java --add-modules jdk.incubator.vector -Xmx2g "${thp[@]}" -cp target/nnl.jar:target/test-classes \
  org.nnl.bench.SgdBench "$reps" "1,$(nproc)" "$widths" 2>/dev/null >target/sgd-java.txt
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/numpy_polyreg.py --sgd "$reps" >target/sgd-numpy.txt
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 python3 bench/numpy_polyreg.py --sgd "$reps" >target/sgd-numpy1.txt
printf 'machine: %s, %s CPUs; load before: %s\n' "$(lscpu | sed -n 's/^Model name: *//p' | head -1)" "$(nproc)" "$load0"
python3 - "$widths" <<'PY'
import sys
def read(f):
    return {l.split()[0]: float(l.split()[1]) for l in open(f) if len(l.split()) == 2}
j, n, n1 = read("target/sgd-java.txt"), read("target/sgd-numpy.txt"), read("target/sgd-numpy1.txt")
np_best = max(n["sgd_samples_per_second"], n1["sgd_samples_per_second"])
same = sys.argv[1].replace(" ", "") == "20,1024,1"   # numpy's epoch is dense(20 -> 1024 -> 1) only
print(f"| one SGD epoch, widths {sys.argv[1]}, batch 64 (samples/s) | value | vs numpy |")
print("|---|---:|---:|")
for k in sorted(j):
    if k.startswith("sgd_samples_per_second_t"):
        t = k.rsplit("_t", 1)[1]
        ratio = f"{j[k] / np_best:.2f}×" if same else "(other widths)"
        print(f"| NNL reproducible, {t} thread(s) (CPU {j['sgd_cpu_seconds_t' + t]:.4f} s/epoch) | {j[k]:,.0f} | {ratio} |")
print(f"| numpy, default threads, widths 20,1024,1 | {n['sgd_samples_per_second']:,.0f} | |")
print(f"| numpy, OPENBLAS_NUM_THREADS=1, widths 20,1024,1 | {n1['sgd_samples_per_second']:,.0f} | |")
PY
