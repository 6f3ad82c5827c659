#!/usr/bin/env bash
# Compares Krait's parse throughput with CPython's ast.parse: see vs-cpython.sh.
# Usage: benchmarks/parse-vs-cpython.sh [CPYTHON_PASSES]
exec "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/vs-cpython.sh" parse "$@"
