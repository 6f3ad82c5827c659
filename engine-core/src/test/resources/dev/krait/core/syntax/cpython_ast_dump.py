"""Prints CPython's ast.dump of Python source files, one line per file.

Usage: python3 cpython_ast_dump.py [FILE ...]   (with no FILE, reads one path per line on stdin)

Each line is PATH<TAB>DUMP, where DUMP is ast.dump(ast.parse(source)) of the file read as bytes
(so CPython decodes it: BOM, PEP 263 coding line), or, when CPython rejects the file,
PATH<TAB>TYPE: MSG (line N, column C) from the exception's type name, msg, lineno and offset.
`krait --dump-ast` prints the same format, so the two outputs can be compared with diff.
"""

import ast
import sys


def describe(path):
    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError as e:
        return "OSError: %s (line 0, column 0)" % e.strerror
    try:
        return ast.dump(ast.parse(source, filename=path))
    except SyntaxError as e:
        return "%s: %s (line %s, column %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    except (ValueError, UnicodeDecodeError) as e:
        # Sources CPython refuses before parsing (such as null bytes) carry no location.
        return "%s: %s (line 0, column 0)" % (type(e).__name__, e)


def main():
    sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace", newline="\n")
    paths = sys.argv[1:] or [line.rstrip("\n") for line in sys.stdin if line.strip()]
    for path in paths:
        sys.stdout.write("%s\t%s\n" % (path, describe(path)))


if __name__ == "__main__":
    main()
