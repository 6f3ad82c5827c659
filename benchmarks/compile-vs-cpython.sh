#!/usr/bin/env bash
# Compares Krait's compile throughput (source to code object) with CPython's compile() over
# the CPython 3.11 standard library: see vs-cpython.sh.
# Usage: benchmarks/compile-vs-cpython.sh [CPYTHON_PASSES]
exec "$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/vs-cpython.sh" compile "$@"
