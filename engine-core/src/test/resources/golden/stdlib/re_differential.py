# re: findall, sub with \g<0> and finditer spans of many patterns over many strings, compared with CPython.
import re
pats = [r'a.c', r'^\w+$', r'(?m)^\s*#.*$', r'\b\d+\b', r'[^\s,]+', r'(\w+)=(\w*)', r'(?i)[A-Z]+', r'\W+', r'[\w-]+@[\w.]+', r'(?s)<.*?>',
        r'x*', r'(?:ab|a)(?:bc|c)', r'\S+\s*$', r'[.^$*+?{}()|\\]', r'\$\{(\w+)\}', r'(\d)(?=(\d\d\d)+(?!\d))', r'(?<![a-z])[A-Z]', r'\A\s+|\s+\Z',
        r'[\d.]+(?:e[+-]?\d+)?', r'(a)|(b)', r'(?x) \d+ (?: \. \d+ )?', r'[^\x00-\x7f]+', r'\u00e9+', r'[-a]', r'[a-]', r'[\^]', r'[]]', r'\.{2,}', r'a{0}', r'(?i)ǅ',
        r'(?a)\b\w+\b', r'\d{1,3}(?:,\d{3})*', r'(?:\r?\n){2,}', r'[^\W_]+', r'(?:(?<=\s)|^)-\w', r'\B\w', r'.$', r'(?m).$', r'(?m)^$', r'$', r'^', r'\Z', r'(?m)\A^x']
strs = ['abc a.c a\nc', 'hello world\n  # comment\nx = 1\n', '12 345 6789x 10', 'a,b;c d', 'key=val x= y=z', 'MiXeD CaSe', 'user-1@ex.com and a@b.co',
        '<a>\n<b>', '1234567', 'Éé éÉ café', 'ab abc aabcc', '3.14 1e10 2.5e-3 .5', 'line1\r\n\r\nline2\n\n\nline3', '-x y -z', 'ǅ ǆ Ǆ', 'x\n', '\n\n', '']
out = []
for p in pats:
    for s in strs:
        try:
            out.append((p, s, re.findall(p, s), re.sub(p, '<\\g<0>>', s), [m.span() for m in re.finditer(p, s)]))
        except Exception as e:
            out.append((p, s, type(e).__name__))
for o in out:
    print(o)
