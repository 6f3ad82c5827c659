"""Prints the positions of every node of CPython's ast of Python source files, one line per file.

Usage: python3 cpython_positions.py [FILE ...]   (with no FILE, reads one path per line on stdin)

Each line is PATH<TAB>NODES. NODES lists, space-separated, every node that has positions
(stmt, expr, excepthandler, arg, keyword, alias, pattern) in pre-order over `_fields`: a node
before its fields, the fields in `_fields` order, list items in order. Each node is five words:

    CLASS LINE_DELTA COL_OFFSET END_LINE_DELTA END_COL_OFFSET

CLASS is the node's class name; LINE_DELTA is its lineno minus the lineno of the node before it
(the first node's is its lineno); END_LINE_DELTA is end_lineno minus lineno; the columns are
CPython's col_offset and end_col_offset (UTF-8 bytes). The deltas keep the output small: most
are 0 or 1. When CPython rejects the file, NODES is "!" and the error's type name and message.
"""

import ast
import sys


def positions(tree):
    out = []
    previous_line = 0

    def walk(node):
        nonlocal previous_line
        if "lineno" in node._attributes:
            out.append("%s %d %d %d %d" % (
                type(node).__name__, node.lineno - previous_line, node.col_offset,
                node.end_lineno - node.lineno, node.end_col_offset))
            previous_line = node.lineno
        for field in node._fields:
            value = getattr(node, field)
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, ast.AST):
                        walk(item)
            elif isinstance(value, ast.AST):
                walk(value)

    walk(tree)
    return " ".join(out)


def describe(path):
    try:
        with open(path, "rb") as f:
            tree = ast.parse(f.read(), filename=path)
    except OSError as e:
        return "!OSError: %s" % e.strerror
    except (SyntaxError, ValueError, UnicodeDecodeError) as e:
        return "!%s: %s" % (type(e).__name__, getattr(e, "msg", e))
    return positions(tree)


def main():
    # Deeply nested expressions (long chains of binary operators) need more than the default.
    sys.setrecursionlimit(20000)
    sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace", newline="\n")
    paths = sys.argv[1:] or [line.rstrip("\n") for line in sys.stdin if line.strip()]
    for path in paths:
        sys.stdout.write("%s\t%s\n" % (path, describe(path)))


if __name__ == "__main__":
    main()
