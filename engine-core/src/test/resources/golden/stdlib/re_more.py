# re: parser errors and positions, flags and reprs, Match API, templates, bytes, empty matches, Unicode classes.
import re
errs = ['(unclosed', 'a)', '*a', 'a**', '[a', '[z-a]', r'\q', '(?P<1a>x)', '(?P<n>a)(?P<n>b)', '(?P=zz)',
        r'(a)\2', '(?<x)', '(?z)', 'a(?i)', r'(?<=a+)b', '(?#abc', 'a{3,2}', '(?P<n>', r'\x1', '(?i', '(?-i)', '(a\n(b', '(?P', '(?P<>a)', r'[\d-z]', r'\777', '(?', r'a\\', '\\']
for e in errs:
    try:
        re.compile(e)
        print(e, 'compiled')
    except re.error as x:
        print(repr(e), '->', x, '|', x.msg, x.pos, x.lineno, x.colno)
print(re.compile('a+'), re.compile('a', re.I | re.M), re.compile(b'x', re.I), re.compile('a', re.U), re.compile(r'\d', re.A).flags)
print(re.I, repr(re.I | re.M), re.NOFLAG, re.compile('(?i)a').flags, re.compile('(?x) a b').pattern, re.compile('(?x) a b').match('ab'))
m = re.search(r'(?P<a>x)(y)?(?P<c>z)', 'wxz')
print(m, m.groups(), m.groupdict(), m.groupdict('-'), m.span(2), m.start('c'), m.regs, m.lastindex, m.lastgroup)
print(re.match(r'((a)(b))', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'(a)()', 'a').lastindex, re.match(r'(a())', 'a').lastindex, re.match('a', 'a').lastindex)
for bad in [3, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(re.findall(rb'\w+', b'hi there'), re.sub(rb'(\w)', rb'<\1>', b'ab'), re.split(b',', b'a,b'), re.search(b'b', b'abc'))
print(re.findall(r'(?s).', 'a\nb'), re.findall(r'(?m)^x', 'x\nx\n'), re.sub('(?m)$', '!', 'a\nb\n'), re.sub('$', '!', 'a\nb\n'), re.findall(r'\Z', 'a\n'))
print(re.findall(r'(?i:A)b', 'ab AB Ab aB'), re.findall(r'(?-i:a)B', 'aB AB ab', re.I), re.findall('[^a-c]+', 'xxabyy'))
print(re.findall(r'\d{2,}', '1 22 333'), re.findall(r'x{,2}', 'xxx'), re.findall('a{', 'a{'), re.findall('a{1', 'a{1'), re.findall('{}', '{}'))
print(re.escape('a.b*c'), re.escape(b'a.b'), re.escape('日本'), re.purge())
print(re.sub(r'a', lambda m: None or '', 'banana'), re.subn('(a)|b', r'[\1]', 'abc'), re.sub('x', r'\n\t', 'x'))
for t in [r'\g<9>', r'\g<zz>', r'\9', r'\g', r'\g<', r'\q', '\\']:
    try:
        re.sub('(a)', t, 'a')
    except (re.error, IndexError) as e:
        print(repr(t), type(e).__name__, e)
print(re.compile(r'(\w+)').findall('hi you', 3), re.compile('o').search('foo', 2, 3), re.compile('^o').search('foo', 1), re.compile('o$').search('foo', 0, 2))
print([m.span() for m in re.finditer(r'x*', 'axxb')])
print(re.match(r'(?P<n>a)(?P=n)', 'aa'), re.fullmatch('a|ab', 'ab'), re.search(r'(?<!\d)\d{3}(?!\d)', 'a1234 567'), re.findall(r'\bfoo\B', 'foo foobar'))
print(re.match('(a)(b)?', 'a').expand(r'\1-\2-'), re.compile('x').pattern, re.compile('x') == re.compile('x'), re.sub('[\u00e0]', 'A', 'àà'))
print(re.findall(r'\N{EM DASH}|\u00e9|\x41|\101|\0', 'A—é\x00'), re.findall(r'[\]\-]', 'a]-'), re.findall(r'[\w.]+@', 'a.b@c'))
print(re.findall(r'\s+', 'a \u2003 b\x1c'), re.findall(r'\W', 'a-b c'), re.split(r'(?:,)', 'a,b'), re.split('x*', 'axbc'))
print(re.match(r'(?>a+)b', 'aab'), re.match(r'a++b', 'aab'), re.match(r'\d+', '١٢٣'), re.findall(r'[a-z]+', 'ABC def', re.I))
print(re.search('a.c', 'a\u2028c'), re.search('^b', 'a\u2028b', re.M), re.search(r'a$', 'a\r'), re.findall(r'.', '\r\n'))
print(re.findall('|a', 'a'), re.sub('|a', '-', 'ab'))
s = 'a😀b😀c'
print([m.span() for m in re.finditer('😀', s)], re.search('b', s).start(), re.split('😀', s), re.sub('[😀]', '!', s), re.compile('c').search(s, 4))
print(re.match(r'(\w+)\s(\w+)', 'Isaac Newton, physicist').group(0, 1, 2), re.compile(r'\d').findall('a1b2', 2))
print(re.search(r'[\s\S]', '\n'), re.findall(r'(?x) [ a ] ', 'a  '), re.findall(r'(?x)a\ b', 'a b'), re.findall(r'(?x)a#c\nb', 'ab'))
print(re.sub(r'(?P<w>\w+)', r'\g<w>\g<0>', 'ab cd'), re.sub('a', 'b', 'aaa', 2), re.subn('', '-', ''), re.split('', 'ab'), re.split(r'\s*', 'a b'))
print(re.match('(?i)ſ', 's'), re.match('(?i)K', '\u212a'), re.match('(?i)é', 'É'), re.match('(?ia)é', 'É'), re.match(r'(?a)\w', 'é'))
print(re.fullmatch(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match(r'(a*)*', 'b').group(), re.match(r'(a*)+', 'b').groups(), re.match(r'(?:a|b)*?c', 'abc').group())
print(re.search(r'\bé', ' é'), re.findall(r'\w+', 'a²b ½'), re.findall(r'\d', '²'), re.findall(r'[&&a]', '&a'))
print(repr(re.compile(r'(?i)\w', re.M)), re.compile('a', re.X | re.S | re.DEBUG if False else 0))
print(re.Match, re.Pattern, type(re.compile('')), type(re.match('', '')))
p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
print(p.match('<user@host.com>'), p.match('user@host.com'), p.match('<user@host.com'), p.match('user@host.com>'))
print(re.findall(r'(a)?(?(1)b|c)', 'abcac'), re.sub(r'(?P<q>")?(\w+)(?(q)")', r'[\2]', '"hi" there "x'), re.match(r'(a)?(?(1)x)y', 'y'))
print(re.match(r'(?:(a)|b)*(?(1)c|d)', 'bac'), re.match(r'(?:(a)|b)(?(1)c|d)', 'bd').groups(), re.fullmatch(r'((a)|b)+(?(2)x|y)', 'aby'))
print(re.compile(r'(?(1)a|b)(c)').match('bc'), re.compile(r'(a)(?(1)(b)|c)(d)\3').match('abdd').groups())
for bad in [r'(?(2)a|b)(c)', r'(?(x)a)', r'(?(1a)a)', r'(?(0)a)', r'(a)(?(1)a|b|c)', r'(a)(?(1)a', r'(?(', r'(?()a)']:
    try:
        re.compile(bad)
        print(bad, 'ok')
    except re.error as e:
        print(bad, '->', e)
for pat in [r'(?<=(a)\1)b', r'(?<=(a)(?(1)b|c))d', r'(a)(?<=(?(1)a|b))c', r'(?<=a{1,3})b']:
    try:
        print(pat, re.search(pat, 'aab aac abd'))
    except Exception as e:
        print(pat, type(e).__name__, e)
import re
print(re.sub('a','b','aaa',count=-1), re.split('a','bab',maxsplit=-1), re.subn('a','b','aaa',count=-5), re.findall(b'a', bytearray(b'aa')), re.split(b'a', bytearray(b'bab')))
