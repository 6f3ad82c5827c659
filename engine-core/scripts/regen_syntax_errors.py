"""Regenerates the expected errors of the SyntaxErrorsTest corpus from CPython 3.11.

Run from the repository root with CPython 3.11:

    python3 engine-core/scripts/regen_syntax_errors.py [FILE ...]

With no FILE it rewrites every engine-core/src/test/resources/dev/krait/core/syntax/errors/*.txt.

Corpus format (one file per area): cases are separated by lines that are exactly `---`. In a
case, leading lines starting with `## ` are comments, and the line starting with `### ` is the
expected error, `### TYPE: MSG (line N, column C)` as CPython's ast.parse reports it (type name,
msg, lineno, offset). Every other line is the case's source, lines joined with "\\n" and ending
with one "\\n". This script replaces (or appends) the `### ` line of each case; a case that
CPython accepts is reported and the file is left unchanged, since it is not an error case.
"""

import ast
import glob
import os
import sys

CORPUS = "engine-core/src/test/resources/dev/krait/core/syntax/errors"


def split_cases(text):
    """Returns the cases of a corpus file as (comment lines, source lines) pairs."""
    cases = []
    for chunk in text.split("\n---\n"):
        lines = chunk.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        comments = []
        while lines and lines[0].startswith("## "):
            comments.append(lines.pop(0))
        source = [line for line in lines if not line.startswith("### ")]
        cases.append((comments, source))
    return cases


def expected_error(source):
    """Returns CPython's error line for a source, or None when CPython parses it."""
    try:
        ast.parse(source, filename="<test>")
    except SyntaxError as e:
        return "%s: %s (line %s, column %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    return None


def regenerate(path, expected_error=expected_error, accepted_says="is valid Python"):
    """Rewrites the ### lines of one corpus file; returns False if a case has no error."""
    with open(path, encoding="utf-8", newline="") as f:
        text = f.read()
    chunks = []
    accepted = 0
    for index, (comments, source) in enumerate(split_cases(text), 1):
        error = expected_error("\n".join(source) + "\n")
        if error is None:
            print("%s: case %d %s: %r" % (path, index, accepted_says, source), file=sys.stderr)
            accepted += 1
            error = "(no error)"
        chunks.append("\n".join(comments + source + ["### " + error]))
    if accepted:
        return False
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("\n---\n".join(chunks) + "\n")
    print("%s: %d cases" % (path, len(chunks)))
    return True


def main(corpus=CORPUS, expected_error=expected_error, accepted_says="is valid Python"):
    """Regenerates the files named on the command line, or every file of the corpus."""
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11, not %s" % sys.version.split()[0])
    paths = sys.argv[1:] or sorted(glob.glob(os.path.join(corpus, "*.txt")))
    ok = all([regenerate(path, expected_error, accepted_says) for path in paths])
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
