"""Times CPython's ast.parse (or compile) over the standard library, the reference for
ParseBenchmark (or CompileBenchmark).

Usage: python3 cpython_parse.py LIST_OUT [PASSES [parse|compile]]

Decodes every .py file of the standard library (site-packages excluded) as the parser would,
keeps the ones ast.parse (or compile) accepts, writes their paths to LIST_OUT (one a line, for
the JMH benchmark to use the same files), then parses (or compiles to a code object) them all
PASSES times and prints the best rate as "cpython_lines_per_second N" with the corpus size.
"""

import ast
import importlib.util
import os
import sys
import sysconfig
import time


def corpus():
    root = sysconfig.get_paths()["stdlib"]
    for directory, subdirs, files in os.walk(root):
        subdirs[:] = sorted(d for d in subdirs if d != "site-packages")
        for name in sorted(files):
            if name.endswith(".py"):
                yield os.path.join(directory, name)


def count_lines(text):
    # The same count as Corpus.countLines: line breaks, plus a last line without one.
    return text.count("\n") + (1 if text and not text.endswith("\n") else 0)


def main():
    list_out = sys.argv[1]
    passes = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    mode = sys.argv[3] if len(sys.argv) > 3 else "parse"
    if mode == "parse":
        work = ast.parse
    else:
        def work(text, path):
            return compile(text, path, "exec", dont_inherit=True)
    sources = []
    rejected = 0
    for path in corpus():
        with open(path, "rb") as f:
            data = f.read()
        try:
            text = importlib.util.decode_source(data)
            work(text, path)
        except (SyntaxError, UnicodeDecodeError, ValueError):
            rejected += 1
            continue
        sources.append((path, text))
    with open(list_out, "w", encoding="utf-8") as f:
        for path, _ in sources:
            f.write(path + "\n")
    lines = sum(count_lines(text) for _, text in sources)
    print(f"cpython corpus: {len(sources)} files, {lines} lines ({rejected} rejected)")
    best = None
    for i in range(passes):
        start = time.perf_counter()
        for path, text in sources:
            work(text, path)
        elapsed = time.perf_counter() - start
        print(f"cpython pass {i + 1}: {elapsed:.2f} s, {lines / elapsed:,.0f} lines/s")
        best = elapsed if best is None else min(best, elapsed)
    print(f"cpython_lines_per_second {lines / best:.0f}")


if __name__ == "__main__":
    main()
