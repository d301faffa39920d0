#!/usr/bin/env bash
# Runs each GemmBench benchmark (JMH) and the same computation in numpy (bench/numpy_gemm.py)
# back to back, one benchmark at a time, so both sides see the same load on a shared machine;
# prints GFLOP/s side by side (best call of each side, and JMH's mean) and the ratio NNL/numpy.
# numpy runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset (in that command only).
# Usage: bench/gemm.sh [BENCH...]   (default: all; e.g. bench/gemm.sh forwardPass)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o test-compile >target/bench-build.log 2>&1 || { cat target/bench-build.log; exit 1; }
# The benchmark's classpath: the compiled classes, EJML and JMH from the local Maven repository
# (the dependency plugin does not resolve offline here).
m2="${M2_REPO:-$HOME/.m2/repository}"
cp="target/test-classes:target/classes"
for jar in org/ejml/ejml-core/0.44.0/ejml-core-0.44.0.jar org/ejml/ejml-ddense/0.44.0/ejml-ddense-0.44.0.jar \
  org/openjdk/jmh/jmh-core/1.37/jmh-core-1.37.jar net/sf/jopt-simple/jopt-simple/5.0.4/jopt-simple-5.0.4.jar \
  org/apache/commons/commons-math3/3.6.1/commons-math3-3.6.1.jar; do
  cp="$cp:$m2/$jar"
done
out=target/gemm-bench
mkdir -p "$out"
: >"$out/numpy.jsonl"
benches=("$@")
[ ${#benches[@]} -gt 0 ] || benches=(forwardPass choleskySolve2000 multTransB mult)
i=0
for bench in "${benches[@]}"; do
  case "$bench" in
    mult|multTransB) shapes=(1000x1000x1000 2000x2000x2000 8192x32x1024 8192x1024x1024) ;;
    *) shapes=("") ;;
  esac
  for shape in "${shapes[@]}"; do
    i=$((i + 1))
    param=()
    [ -z "$shape" ] || param=(-p "shape=$shape")
    printf 'running %s %s\n' "$bench" "$shape" >&2
    java --add-modules jdk.incubator.vector -cp "$cp" org.openjdk.jmh.Main "org.nnl.bench.GemmBench.$bench\$" \
      "${param[@]}" -wi 2 -w 1 -i 5 -r 1 -rf json -rff "$out/jmh-$i.json" \
      >"$out/jmh-$i.log" 2> >(grep -v '^WARNING: Using incubator modules' >&2)
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/numpy_gemm.py "$bench" "$shape" >>"$out/numpy.jsonl"
  done
done
python3 bench/gemm_table.py "$out"
