#!/usr/bin/env bash
# Runs each GemmBench benchmark (JMH) with the reproducible kernel, then with the native backend
# (OpenBLAS, -Dnnl.backend=native), then the same computation in numpy (bench/numpy_gemm.py),
# back to back, one benchmark at a time; prints one table of GFLOP/s (best 1-s iteration of each, the same statistic for both) with
# three columns and the ratios to numpy. numpy runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE
# unset (in that command only). Run it on an idle machine (check `uptime`): figures measured
# under load are not evidence.
# ROUNDS (default 3) runs the three sides of each row that many times, in turn, and keeps each
# side's best: on a shared host a JVM or a python process can land in a slow phase lasting
# seconds (seen on Zen 3: the same row moved by 20 % between runs), and each side's best of its
# rounds compares the three at their quiet moments rather than at whichever phase each one hit.
# Three, not two: two-round runs of the same code an hour apart still differed by up to 15 % on a
# row (numpy's mult 1000^3: 88.0 and 76.3 GFLOP/s). A full run takes about 18 minutes.
# Usage: [ROUNDS=N] bench/gemm.sh [BENCH...]   (default: all; e.g. bench/gemm.sh forwardPass)
set -euo pipefail
cd "$(dirname "$0")/.."
# The load before this script's own build (as in endtoend.sh and sgd.sh): what else is running.
load0="$(cut -d' ' -f1-3 /proc/loadavg)"
mvn -B -q -o test-compile >target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
# The benchmark's classpath: the compiled classes, EJML and JMH from the local Maven repository
# (the dependency plugin does not resolve offline here).
m2="${M2_REPO:-$HOME/.m2/repository}"
cp="target/test-classes:target/classes"
for jar in org/ejml/ejml-core/0.44.0/ejml-core-0.44.0.jar org/ejml/ejml-ddense/0.44.0/ejml-ddense-0.44.0.jar \
  org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar \
  org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar \
  org/bytedeco/openblas/0.3.31-1.5.13/openblas-0.3.31-1.5.13.jar org/bytedeco/openblas/0.3.31-1.5.13/openblas-0.3.31-1.5.13-linux-x86_64.jar \
  org/bytedeco/javacpp/1.5.13/javacpp-1.5.13.jar org/bytedeco/javacpp/1.5.13/javacpp-1.5.13-linux-x86_64.jar; do
  cp="$cp:$m2/$jar"
done
out=target/gemm-bench
mkdir -p "$out"
: >"$out/numpy.jsonl"
benches=("$@")
[ ${#benches[@]} -gt 0 ] || benches=(forwardPass choleskySolve2000 traceInverse2000 multTransB mult multAdd)
rm -f "$out"/jmh-*.json "$out"/jmh-*.log
rounds="${ROUNDS:-3}"
i=0
for bench in "${benches[@]}"; do
  case "$bench" in
    mult|multTransB|multAdd) shapes=(1000x1000x1000 2000x2000x2000 8192x32x1024 8192x1024x1024) ;;
    *) shapes=("") ;;
  esac
  for shape in "${shapes[@]}"; do
    i=$((i + 1))
    param=()
    [ -z "$shape" ] || param=(-p "shape=$shape")
    for ((round = 1; round <= rounds; round++)); do
      for backend in java native; do
        printf 'running %s %s (%s, round %s of %s)\n' "$bench" "$shape" "$backend" "$round" "$rounds" >&2
        java --add-modules jdk.incubator.vector -cp "$cp" org.openjdk.jmh.Main "org.nnl.bench.GemmBench.$bench\$" \
          "${param[@]}" -jvmArgsAppend "-Dnnl.backend=$backend" -wi 2 -w 1 -i 5 -r 1 -rf json \
          -rff "$out/jmh-$backend-$i-$round.json" >"$out/jmh-$backend-$i-$round.log" \
          2> >(grep -v '^WARNING: Using incubator modules' >&2)
      done
      env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/numpy_gemm.py "$bench" "$shape" >>"$out/numpy.jsonl"
    done
  done
done
printf 'machine: %s (family %s, model %s), %s CPUs; load before: %s\n' "$(lscpu | sed -n 's/^Model name: *//p' | head -1)" "$(lscpu | sed -n 's/^CPU family: *//p' | head -1)" "$(lscpu | sed -n 's/^Model: *//p' | head -1)" "$(nproc)" "$load0"
printf 'rounds: %s per side, each side'"'"'s best kept\n' "$rounds"
printf 'NNL kernel: %s\n' "$(java --add-modules jdk.incubator.vector -cp "$cp" org.nnl.bench.KernelName 2>/dev/null)"
python3 bench/gemm_table.py "$out"
