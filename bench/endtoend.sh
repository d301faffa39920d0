#!/usr/bin/env bash
# End-to-end benchmark: org.nnl.bench.EndToEnd with the reproducible kernel and with the native
# backend (OpenBLAS), the same computation in numpy (bench/numpy_polyreg.py, at its default
# thread setting and with OPENBLAS_NUM_THREADS=1; the better of the two counts), and the whole
# process `./nnl bench/polyreg.nnl` against `python3 bench/numpy_polyreg.py --once`; prints one
# table with three columns and the ratios. Run it on an idle machine (check `uptime`).
# Usage: bench/endtoend.sh [REPS]   (best of REPS after a warm-up: one run, or 2 s of epochs for NNL's SGD; default 3)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
reps="${1:-3}"
cd "$here"
load0="$(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -q -o -DskipTests package >target/endtoend-build.log 2>&1 || { tail -40 target/endtoend-build.log; exit 1; }
# Huge pages for the heap where the kernel offers them, as ./nnl asks for.
thp=(); grep -qs '\[\(always\|madvise\)\]' /sys/kernel/mm/transparent_hugepage/enabled && thp=(-XX:+UseTransparentHugePages)
jrun() { java --add-modules jdk.incubator.vector -Xmx6g "${thp[@]}" -cp target/nnl.jar:target/test-classes "$@" 2>/dev/null; }
echo "== NNL, reproducible kernel" >&2
jrun -Dnnl.backend=java org.nnl.bench.EndToEnd "$reps" >target/endtoend-java.txt
echo "== NNL, native backend" >&2
jrun -Dnnl.backend=native org.nnl.bench.EndToEnd "$reps" >target/endtoend-native.txt
echo "== numpy (default threads, then OPENBLAS_NUM_THREADS=1)" >&2
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/numpy_polyreg.py "$reps" >target/endtoend-numpy.txt
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 python3 bench/numpy_polyreg.py "$reps" >target/endtoend-numpy1.txt
echo "== whole processes (best of $reps)" >&2
./nnl -e 'print 1' >/dev/null 2>&1   # the launcher's one-time work (class-data archive) is not timed
wall() {  # best wall time of REPS runs of the command, in seconds
  local best=999999 t0 t1 i
  for ((i = 0; i < reps; i++)); do
    t0=$(date +%s.%N); "$@" >/dev/null 2>&1; t1=$(date +%s.%N)
    best=$(python3 -c "print(min($best, $t1 - $t0))")
  done
  printf '%.3f' "$best"
}
{
  echo "process_java $(wall ./nnl bench/polyreg.nnl)"
  echo "process_native $(wall ./nnl --backend native bench/polyreg.nnl)"
  echo "process_numpy $(wall env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/numpy_polyreg.py --once)"
  echo "startup_java $(wall ./nnl -e 'print 1')"
} >target/endtoend-process.txt
printf 'machine: %s (family %s, model %s), %s CPUs; load before: %s\n' "$(lscpu | sed -n 's/^Model name: *//p' | head -1)" "$(lscpu | sed -n 's/^CPU family: *//p' | head -1)" "$(lscpu | sed -n 's/^Model: *//p' | head -1)" "$(nproc)" "$load0"
python3 - <<'PY'
def read(f):
    return {l.split()[0]: l.split()[1] for l in open(f) if len(l.split()) == 2}
j, v = read("target/endtoend-java.txt"), read("target/endtoend-native.txt")
n, n1, p = read("target/endtoend-numpy.txt"), read("target/endtoend-numpy1.txt"), read("target/endtoend-process.txt")
print("NNL kernel:", j["kernel"].replace("_", " "))
poly = min(float(n["polyreg_seconds"]), float(n1["polyreg_seconds"]))
sgd = max(float(n["sgd_samples_per_second"]), float(n1["sgd_samples_per_second"]))
rows = [
    ("polyreg(3) pipeline, d = 20, 20000 + 5000 points (s)", float(j["polyreg_seconds"]), float(v["polyreg_seconds"]), poly, True),
    ("one SGD epoch, width 1024, batch 64 (samples/s)", float(j["sgd_samples_per_second"]), float(v["sgd_samples_per_second"]), sgd, False),
    ("whole process: ./nnl bench/polyreg.nnl vs python3 (s)", float(p["process_java"]), float(p["process_native"]), float(p["process_numpy"]), True),
]
print("| work | NNL reproducible | NNL native (OpenBLAS) | numpy (best thread setting) | reproducible vs numpy | native vs numpy |")
print("|---|---:|---:|---:|---:|---:|")
for name, a, b, c, lower_is_better in rows:
    ra, rb = (c / a, c / b) if lower_is_better else (a / c, b / c)
    fmt = (lambda x: f"{x:.3f}") if lower_is_better else (lambda x: f"{x:,.0f}")
    print(f"| {name} | {fmt(a)} | {fmt(b)} | {fmt(c)} | {ra:.2f}× | {rb:.2f}× |")
print(f"| start-up: ./nnl -e 'print 1' (s) | {float(p['startup_java']):.3f} | | | | |")
print("(ratios > 1 mean NNL is faster; numpy: better of default threads and OPENBLAS_NUM_THREADS=1)")
PY
