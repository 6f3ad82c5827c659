#!/usr/bin/env bash
# Compares Krait's steady-state parse or compile throughput with CPython's ast.parse or
# compile(), in lines per second, over the same standard-library files in the same run.
# Takes a few minutes.
#
# Usage: benchmarks/vs-cpython.sh parse|compile [CPYTHON_PASSES]
# JMH options can be changed with JMH_OPTS (default: 1 fork, 4 warmup and 5 measurement
# iterations of 10 s), e.g. JMH_OPTS="-f 1 -wi 2 -i 3" for a quicker, rougher number.
set -euo pipefail

kind="${1:?usage: vs-cpython.sh parse|compile [CPYTHON_PASSES]}"
case "$kind" in
  parse) benchmark=ParseBenchmark; what="ast.parse"; side="parser" ;;
  compile) benchmark=CompileBenchmark; what="compile()"; side="compiler" ;;
  *) echo "vs-cpython.sh: parse or compile, not '$kind'" >&2; exit 2 ;;
esac
root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
target="$root/benchmarks/target"
jar="$target/benchmarks.jar"
passes="${2:-3}"

echo "== building $jar"
mvn -q -B -o -DskipTests -pl benchmarks -am package

# CPython on one core (when taskset is here), so that it is not helped by the other one.
pin=()
if command -v taskset >/dev/null 2>&1; then
  pin=(taskset -c 0)
fi
echo "== CPython $(python3 -c 'import platform; print(platform.python_version())'): $what"
"${pin[@]}" python3 "$root/benchmarks/cpython_parse.py" "$target/corpus-$kind.txt" "$passes" \
  "$kind" | tee "$target/cpython-$kind.txt"

echo "== Krait: JMH $benchmark"
# shellcheck disable=SC2086 # JMH_OPTS is a list of options.
java -jar "$jar" "dev.krait.bench.$benchmark" ${JMH_OPTS:-} \
  -jvmArgsAppend "-Dkrait.bench.files=$target/corpus-$kind.txt" \
  -rf json -rff "$target/$kind-benchmark.json"

python3 - "$target/cpython-$kind.txt" "$target/$kind-benchmark.json" "$what" "$side" <<'PY'
import json, sys
cpython = None
for line in open(sys.argv[1]):
    if line.startswith("cpython_lines_per_second "):
        cpython = float(line.split()[1])
what, side = sys.argv[3], sys.argv[4]
result = json.load(open(sys.argv[2]))[0]
lines = result["secondaryMetrics"]["lines"]
krait = lines["score"]
print()
print(f"CPython {what:10}: {cpython:12,.0f} lines/s (best of the passes, one core)")
print(f"Krait {side:12}: {krait:12,.0f} lines/s "
      f"(JMH mean, \u00b1{lines['scoreError']:,.0f} at 99.9%)")
print(f"Krait / CPython   : {krait / cpython:12.2f}x")
PY
