/**
 * JMH benchmarks: lexing, parsing and compiling throughput over CPython's standard library, in
 * lines per second, compared with CPython by {@code benchmarks/parse-vs-cpython.sh} and {@code
 * benchmarks/compile-vs-cpython.sh}; loading a module from the bytecode cache against compiling
 * it ({@code CacheBenchmark}); whole programs ({@code ProgramBenchmark}).
 */
package dev.krait.bench;
