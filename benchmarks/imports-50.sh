#!/usr/bin/env bash
# Whole-process time of `krait main.py` where main.py imports 50 generated modules (about
# 8,200 lines in all): the first run compiles them and writes __pycache__, the second loads
# them from it. CPython's two runs are timed the same way for reference. Needs the import
# system (modules found on sys.path); each run's status is checked and printed.
#
# Usage: benchmarks/imports-50.sh [RUNS]   (RUNS second runs are averaged; default 5)
set -euo pipefail

root="$(cd -- "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf -- "$work"' EXIT

# 50 modules of 165 lines: a class, functions, a loop, a comprehension, an f-string each.
for i in $(seq -w 1 50); do
  {
    echo "\"\"\"Generated module $i.\"\"\""
    echo "import sys"
    for j in $(seq 1 10); do
      cat <<PY

class Item${j}:
    def __init__(self, name, value=$j):
        self.name = name
        self.value = value

    def __repr__(self):
        return f"Item${j}({self.name!r}, {self.value})"


def total${j}(items, limit=100):
    result = 0
    for item in items[:limit]:
        if item.value % 2 == 0:
            result += item.value
    return result
PY
    done
    echo ""
    echo "VALUE = sum(total1([Item1(str(k), k) for k in range($((10#$i)))]) for _ in range(2))"
  } > "$work/mod_$i.py"
done
{
  for i in $(seq -w 1 50); do echo "import mod_$i"; done
  echo "print(sum(m.VALUE for m in [$(seq -s, -f 'mod_%02g' 1 50)]))"
} > "$work/main.py"
lines=$(cat "$work"/mod_*.py | wc -l)

time_ms() { # prints the wall time of "$@" in ms, its output to $work/out.txt
  local start end
  start=$(date +%s%N)
  if ! "$@" > "$work/out.txt" 2>&1; then
    echo "FAILED: $*" >&2
    cat "$work/out.txt" >&2
    return 1
  fi
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

report() { # name, command...
  local name="$1"; shift
  find "$work" -name __pycache__ -prune -exec rm -rf {} +
  local first total=0 t
  first=$(time_ms "$@") || return 0
  for _ in $(seq 1 "$runs"); do
    t=$(time_ms "$@") || return 0
    total=$((total + t))
  done
  printf '%-8s first run %6d ms, second run %6d ms (mean of %d), output %s\n' \
    "$name" "$first" $((total / runs)) "$runs" "$(cat "$work/out.txt")"
}

"$root/bin/krait" -c "pass" > /dev/null # builds the jar if needed, outside the timing
echo "== 50 modules, $lines lines, imported by main.py"
(cd "$work" && env -u PYTHONDONTWRITEBYTECODE bash -c "$(declare -f time_ms report); \
  work='$work' runs='$runs'; report krait '$root/bin/krait' main.py; \
  report python3 python3 main.py")
