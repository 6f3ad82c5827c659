"""Prints CPython's symbol tables in the format of Krait's SymtableDump.

Usage: python3 cpython_symtable_dump.py [FILE ...]   (no FILE: reads one path per line on stdin)
       python3 cpython_symtable_dump.py --hex        (reads one hex-encoded UTF-8 source per line)
       python3 cpython_symtable_dump.py --hex-code   (the same, printing compiled code objects)

For each input it prints a line "### NAME" (the path, or the 0-based index of the hex source),
then either the dump of symtable.symtable(source, name, "exec") -- a scope line "TYPE NAME line N"
(plus " nested"), for a function with parameters "params A, B", its symbols sorted by name as
"NAME SCOPE FLAGS", then its children indented two more spaces -- or, when CPython rejects the
source, one line "TYPE: MSG (line N, column C)".

With --hex-code it prints instead, for every code object nested in compile(source), a line
"NAME line N generator=G coroutine=C params=[...] cells=[...] frees=[...]" (sorted lines; the
parameters are the first co_varnames; cells and frees sorted), which is what the compiler will
take from the symbol table.
"""

import symtable
import sys

SCOPE_OFF = 11
SCOPE_MASK = 15
SCOPES = {1: "LOCAL", 2: "GLOBAL_EXPLICIT", 3: "GLOBAL_IMPLICIT", 4: "FREE", 5: "CELL"}
FLAGS = ["DEF_GLOBAL", "DEF_LOCAL", "DEF_PARAM", "DEF_NONLOCAL", "USE", "DEF_FREE",
         "DEF_FREE_CLASS", "DEF_IMPORT", "DEF_ANNOT", "DEF_COMP_ITER"]


def flag_names(flags):
    names = [name for bit, name in enumerate(FLAGS) if flags & (1 << bit)]
    return "|".join(names) if names else "0"


def dump(table, indent, out):
    raw = table._table
    line = "%s%s %s line %d" % (indent, table.get_type(), table.get_name(), table.get_lineno())
    if table.is_nested():
        line += " nested"
    out.append(line)
    inner = indent + "  "
    if raw.varnames:
        out.append(inner + "params " + ", ".join(raw.varnames))
    for name in sorted(raw.symbols):
        value = raw.symbols[name]
        scope = SCOPES.get((value >> SCOPE_OFF) & SCOPE_MASK, "None")
        out.append("%s%s %s %s" % (inner, name, scope, flag_names(value & ((1 << SCOPE_OFF) - 1))))
    for child in table.get_children():
        dump(child, inner, out)


def describe(source, name):
    try:
        table = symtable.symtable(source, name, "exec")
    except SyntaxError as e:
        return ["%s: %s (line %s, column %s)" % (type(e).__name__, e.msg, e.lineno, e.offset)]
    except (ValueError, UnicodeDecodeError) as e:
        return ["%s: %s (line 0, column 0)" % (type(e).__name__, e)]
    out = []
    dump(table, "", out)
    return out


CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


def code_lines(code, out):
    for const in code.co_consts:
        if not isinstance(const, type(code)):
            continue
        flags = const.co_flags
        nparams = const.co_argcount + const.co_kwonlyargcount
        nparams += bool(flags & 0x04) + bool(flags & 0x08)  # CO_VARARGS, CO_VARKEYWORDS
        out.append("%s line %d generator=%s coroutine=%s params=%s cells=%s frees=%s" % (
            const.co_name, const.co_firstlineno,
            bool(flags & (CO_GENERATOR | CO_ASYNC_GENERATOR)),
            bool(flags & (CO_COROUTINE | CO_ASYNC_GENERATOR)),
            list(const.co_varnames[:nparams]), sorted(const.co_cellvars),
            sorted(const.co_freevars)))
        code_lines(const, out)


def main():
    sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace", newline="\n")
    sys.setrecursionlimit(10000)
    if sys.argv[1:] in (["--hex"], ["--hex-code"]):
        for index, line in enumerate(sys.stdin.read().splitlines()):
            source = bytes.fromhex(line[1:]).decode("utf-8")
            sys.stdout.write("### %d\n" % index)
            if sys.argv[1] == "--hex":
                lines = describe(source, "<test>")
            else:
                lines = []
                code_lines(compile(source, "<test>", "exec"), lines)
                lines.sort()
            for out in lines:
                sys.stdout.write(out + "\n")
        return
    paths = sys.argv[1:] or [line.rstrip("\n") for line in sys.stdin if line.strip()]
    for path in paths:
        sys.stdout.write("### %s\n" % path)
        try:
            with open(path, "rb") as f:
                source = f.read()
        except OSError as e:
            sys.stdout.write("OSError: %s (line 0, column 0)\n" % e.strerror)
            continue
        for out in describe(source, path):
            sys.stdout.write(out + "\n")


if __name__ == "__main__":
    main()
