"""Prints CPython's view of every string literal in the .py files under a directory.

For each UTF-8 file that CPython parses, prints "FILE <path>", then one line per literal (the
outermost Constant or JoinedStr at each start position): line, UTF-8 column, the ast.dump of the
node with each f-string field's expression replaced by Name('_'), then the ast.dump of each
replaced expression in source order; all tab-separated.
"""
import ast
import os
import sys
import tokenize
import warnings

warnings.simplefilter('ignore')


def hide_fields(joined, out):
    for value in joined.values:
        if isinstance(value, ast.FormattedValue):
            out.append(ast.dump(value.value))
            value.value = ast.Name(id='_', ctx=ast.Load())
            if value.format_spec is not None:
                hide_fields(value.format_spec, out)


def main(root):
    paths = []
    for directory, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if d != 'site-packages')
        paths.extend(os.path.join(directory, f) for f in sorted(files) if f.endswith('.py'))
    for path in paths:
        with open(path, 'rb') as f:
            source = f.read()
        try:
            with open(path, 'rb') as f:
                encoding, _ = tokenize.detect_encoding(f.readline)
            if encoding not in ('utf-8', 'utf-8-sig'):
                continue
            tree = ast.parse(source)
        except (SyntaxError, ValueError, UnicodeDecodeError):
            continue
        print('FILE', path)
        seen = set()
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Constant, ast.JoinedStr)):
                continue
            if isinstance(node, ast.Constant) and not isinstance(node.value, (str, bytes)):
                continue
            key = (node.lineno, node.col_offset)
            if key in seen:
                continue
            seen.add(key)
            fields = []
            if isinstance(node, ast.JoinedStr):
                hide_fields(node, fields)
            print('\t'.join([str(node.lineno), str(node.col_offset), ast.dump(node)] + fields))


main(sys.argv[1])
