"""Regenerates the expected errors of the SymtableErrorsTest corpus from CPython 3.11.

Run from the repository root with CPython 3.11:

    python3 engine-core/scripts/regen_symtable_errors.py [FILE ...]

With no FILE it rewrites every engine-core/src/test/resources/dev/krait/core/symtable/errors/*.txt.

Corpus format (one file per area): cases are separated by lines that are exactly `---`. In a
case, leading lines starting with `## ` are comments, and the line starting with `### ` is the
expected error, `### TYPE: MSG (line N, column C)` as CPython's symtable.symtable(source, "<test>",
"exec") reports it (type name, msg, lineno, offset). Every case must parse: the corpus holds only
errors of the symbol table and of the future-statement check that runs before it. Every other
line is the case's source, lines joined with "\\n" and ending with one "\\n". This script
replaces (or appends) the `### ` line of each case; a case that CPython accepts is reported and
the file is left unchanged, since it is not an error case.
"""

import ast
import symtable

# The corpus format and the rewriting are the parser corpus's; only the check differs.
import regen_syntax_errors

CORPUS = "engine-core/src/test/resources/dev/krait/core/symtable/errors"


def expected_error(source):
    """Returns CPython's symtable error line for a source, or None when CPython accepts it."""
    ast.parse(source, filename="<test>")  # a parse error here is a bad case: let it show
    try:
        symtable.symtable(source, "<test>", "exec")
    except SyntaxError as e:
        return "%s: %s (line %s, column %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)
    return None


if __name__ == "__main__":
    regen_syntax_errors.main(CORPUS, expected_error, "has no symtable error")
