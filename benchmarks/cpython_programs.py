"""Times one run(n) of each shared/bench program in CPython, in steady state.

Usage: cpython_programs.py BENCH_DIR WARMUPS RUNS [PROGRAM...]
Each program is imported as a module (its __main__ part does not run); run(DEFAULT_N) is
called WARMUPS times untimed, then RUNS times timed. Prints one line per program:
    <program> <median s> <best s> <checksum line>
"""
import importlib.util
import statistics
import sys
import time


def main():
    bench_dir, warmups, runs = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    for name in sys.argv[4:]:
        spec = importlib.util.spec_from_file_location(name, f"{bench_dir}/{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        n = module.DEFAULT_N
        for _ in range(warmups):
            module.run(n)
        times = []
        result = None
        for _ in range(runs):
            start = time.perf_counter()
            result = module.run(n)
            times.append(time.perf_counter() - start)
        print(name, f"{statistics.median(times):.4f}", f"{min(times):.4f}",
              f"{name} n={n} {result}", flush=True)


if __name__ == "__main__":
    main()
