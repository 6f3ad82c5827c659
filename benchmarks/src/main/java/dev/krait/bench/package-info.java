/**
 * JMH benchmarks: lexing and parsing throughput over CPython's standard library, in lines per
 * second, compared with CPython by {@code benchmarks/parse-vs-cpython.sh}.
 */
package dev.krait.bench;
