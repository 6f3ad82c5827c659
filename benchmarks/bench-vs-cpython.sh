#!/usr/bin/env bash
# Compares the steady-state time of one run(n) of every program in shared/bench between CPython
# and Krait, and checks Krait's checksums against shared/bench/expected.txt.
#
# CPython: benchmarks/cpython_programs.py imports each file as a module, calls run(DEFAULT_N)
# WARMUPS times, then times RUNS calls (median reported). Krait: JMH ProgramBenchmark, one fork,
# single-shot mode (each invocation is one run(DEFAULT_N)); the median of the measured
# iterations is reported.
#
# Usage: benchmarks/bench-vs-cpython.sh [PROGRAM...]   (default: all twelve)
# Environment: WARMUPS (default 1), RUNS (default 3): for both CPython and JMH (-wi, -i);
# KRAIT_JVM_ARGS: more options for the JMH fork (e.g. -Dkrait.tier.threshold=-1).
set -euo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
bench="$(cd "$root/../shared/bench" && pwd)"
target="$root/benchmarks/target"
jar="$target/benchmarks.jar"
warmups="${WARMUPS:-1}"
runs="${RUNS:-3}"
if [[ $# -gt 0 ]]; then
  programs=("$@")
else
  programs=(nbody fannkuch spectral_norm richards nqueens fib float_points dict_str generators
    bigint sort_lambda rule_eval)
fi

echo "== building $jar"
mvn -q -B -o -DskipTests -pl benchmarks -am package

# CPython on one core (when taskset is here), so that it is not helped by the other one.
pin=()
if command -v taskset >/dev/null 2>&1; then
  pin=(taskset -c 0)
fi
echo "== CPython $(python3 -c 'import platform; print(platform.python_version())')"
"${pin[@]}" python3 "$root/benchmarks/cpython_programs.py" "$bench" "$warmups" "$runs" \
  "${programs[@]}" | tee "$target/cpython-programs.txt"

echo "== Krait: JMH ProgramBenchmark"
out="$target/program-results"
rm -rf "$out"
mkdir -p "$out"
IFS=, ; plist="${programs[*]}"; unset IFS
java -Djmh.ignoreLock=true -jar "$jar" 'dev.krait.bench.ProgramBenchmark' -wi "$warmups" -i "$runs" \
  -p "program=$plist" \
  -jvmArgsAppend "-Dkrait.bench.dir=$bench -Dkrait.bench.out=$out ${KRAIT_JVM_ARGS:-}" \
  -rf json -rff "$target/program-benchmark.json" > "$target/program-benchmark.log" 2>&1 || true

python3 - "$bench/expected.txt" "$target/cpython-programs.txt" "$target/program-benchmark.json" \
  "$out" "${programs[@]}" <<'PY'
import json, math, os, statistics, sys
expected_file, cpython_file, jmh_file, out = sys.argv[1:5]
programs = sys.argv[5:]
expected = {line.split()[0]: line.strip() for line in open(expected_file) if line.strip()}
cpython = {}
for line in open(cpython_file):
    name, median, best, checksum = line.rstrip("\n").split(" ", 3)
    cpython[name] = (float(median), checksum)
krait = {}
if os.path.exists(jmh_file) and os.path.getsize(jmh_file) > 0:
    for r in json.load(open(jmh_file)):
        raw = [v for fork in r["primaryMetric"]["rawData"] for v in fork]
        krait[r["params"]["program"]] = statistics.median(raw) / 1000.0  # ms -> s
print()
print(f"{'program':<15}{'CPython s':>11}{'Krait s':>11}{'ratio':>9}  check")
ratios = []
for p in programs:
    cp = cpython.get(p)
    cps = f"{cp[0]:11.3f}" if cp else f"{'-':>11}"
    err_file = os.path.join(out, p + ".err")
    out_file = os.path.join(out, p + ".out")
    if os.path.exists(err_file):
        print(f"{p:<15}{cps}{'fails':>11}{'':>9}  {open(err_file).read().strip()}")
        continue
    if p not in krait or not os.path.exists(out_file):
        print(f"{p:<15}{cps}{'fails':>11}{'':>9}  no result (see program-benchmark.log)")
        continue
    got = open(out_file).read().strip()
    ok = got == expected.get(p)
    ratio = krait[p] / cp[0] if cp else float("nan")
    if ok and cp:
        ratios.append(ratio)
    check = "ok" if ok else f"WRONG: {got} (expected {expected.get(p)})"
    print(f"{p:<15}{cps}{krait[p]:11.3f}{ratio:9.2f}  {check}")
if ratios:
    gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
    print(f"geometric mean of Krait/CPython over {len(ratios)} correct programs: {gm:.2f}")
PY
