#!/usr/bin/env bash
# Runs GemmBench (JMH) and bench/numpy_gemm.py back to back and prints GFLOP/s side by side
# with the ratio NNL/numpy. numpy runs with OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset.
# Usage: bench/gemm.sh [extra JMH options, e.g. -p shape=1000x1000x1000]
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
java --add-modules jdk.incubator.vector -cp "$cp" org.openjdk.jmh.Main 'org.nnl.bench.GemmBench' \
  -rf json -rff target/gemm-jmh.json "$@" 2> >(grep -v '^WARNING: Using incubator modules' >&2) | grep -E '^(Benchmark|GemmBench)'
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE python3 bench/numpy_gemm.py >target/gemm-numpy.jsonl
python3 bench/gemm_table.py target/gemm-jmh.json target/gemm-numpy.jsonl
