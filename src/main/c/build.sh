#!/usr/bin/env bash
# Compiles the native backend's zero-copy shim (pinned_blas.c) into the classes folder, where
# PinnedBlas loads it from: CLASSES/org/nnl/core/linalg/linux-x86_64/libnnlpinned.so. Optional:
# without gcc, jni.h or on another platform it says so and the native backend copies its operands.
# Usage: build.sh JAVA_HOME CLASSES
set -uo pipefail
java_home="$1" classes="$2"
src="$(dirname "$0")/pinned_blas.c"
out="$classes/org/nnl/core/linalg/linux-x86_64/libnnlpinned.so"
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ] || ! command -v gcc >/dev/null 2>&1 || [ ! -f "$java_home/include/jni.h" ]; then
  echo "pinned_blas: not built (needs Linux x86-64, gcc and $java_home/include/jni.h); the native backend will copy its operands."
  exit 0
fi
[ "$out" -nt "$src" ] && exit 0
mkdir -p "$(dirname "$out")"
gcc -O2 -shared -fPIC -Wall -Werror -I"$java_home/include" -I"$java_home/include/linux" "$src" -ldl -o "$out.tmp" && mv "$out.tmp" "$out" \
  || { rm -f "$out.tmp"; echo "pinned_blas: gcc failed; the native backend will copy its operands."; }
exit 0
