"""Writes engine-core/src/main/resources/dev/krait/core/syntax/name-aliases.txt.

The names that \\N{...} accepts beyond the characters' own names are Unicode's name aliases
(NameAliases.txt). This reads a Unicode name list that has them (by default Perl's copy of the
UCD, present on Debian) and keeps each alias that CPython's unicodedata.lookup resolves to the
same character, so the table holds exactly what CPython accepts.

Usage: python3 engine-core/scripts/gen_name_aliases.py [/usr/share/perl/5.36.0/unicore/Name.pl]
"""
import os
import sys
import unicodedata

source = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/perl/5.36.0/unicore/Name.pl'
with open(source, encoding='utf-8') as f:
    body = f.read().split("return <<'END';\n")[1].split('\nEND\n')[0]
aliases = []
for entry in body.split('\n\n'):
    parts = entry.split('\n')
    if len(parts) != 2 or ' ' in parts[0]:
        continue  # named sequences are not accepted by \N{...}
    code_point, name = int(parts[0], 16), parts[1]
    try:
        if unicodedata.name(chr(code_point)) == name:
            continue
    except ValueError:
        pass
    try:
        if unicodedata.lookup(name) == chr(code_point):
            aliases.append((name, code_point))
    except KeyError:
        pass
out = os.path.join(os.path.dirname(__file__), '..', 'src', 'main', 'resources', 'dev', 'krait',
                   'core', 'syntax', 'name-aliases.txt')
with open(out, 'w', encoding='utf-8') as f:
    f.write('# Unicode %s character name aliases (NameAliases.txt) that \\N{...} accepts, as '
            'NAME;HEX.\n' % unicodedata.unidata_version)
    f.write('# Made by engine-core/scripts/gen_name_aliases.py, checked against CPython\'s '
            'unicodedata.lookup.\n')
    for name, code_point in aliases:
        f.write('%s;%04X\n' % (name, code_point))
print(len(aliases), 'aliases written to', out)
