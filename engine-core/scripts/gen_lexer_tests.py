import tokenize, io, keyword, token, json, unicodedata
def jstr(s):
    return json.dumps(s, ensure_ascii=True)
def toks(src):
    out = []
    # CPython's C tokenizer sees a lone \r as a line break (it translates newlines first).
    src = src.replace('\r\n', '\0').replace('\r', '\n').replace('\0', '\r\n')
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type in (tokenize.COMMENT, tokenize.NL): continue
        name = token.tok_name[t.exact_type]
        if t.type == tokenize.NAME and keyword.iskeyword(t.string): name = t.string.upper()
        text = t.string
        if name == 'NAME': text = unicodedata.normalize('NFKC', text)  # as CPython's parser does
        if name in ('NAME', 'NUMBER', 'STRING'): name += '(' + text + ')'
        out.append(name)
    return ' '.join(out)
ok_cases = [
 "x = 1", "x = 1\n", "if x:\n    y\nz\n", "if x:\n    if y:\n        z\n\n# c\n  # d\nw\n",
 "def f(a, *b, **c) -> None: pass", "a.b...c", "x //= 2 ** 3; y **= 4; z >>= 1; w <<= 2",
 "a @= b @ c | d & e ^ ~f", "a != b <= c >= d == e < f > g", "(x := 10)",
 "[1,\n 2,\n\n 3]\n", "{a: b}\n", "x = \\\n  1\n", "if x:\n\ty\n", "if x:\n \ty\n \tz\n",
 "\x0cx = 1\n", "if x:\n  y\n\x0c  z\n",
 "0 00 0_0 123 1_000 0x1F 0XaB_c 0o17 0O7_7 0b101 0B1_0 1.5 .5 5. 1e10 1E-5 1.5e+3 1_0.2_5e1_0 3j 1.5J 0j .5j 1e5j 00.5 09.5 09j",
 "x = 1if y else 2", "1 .real",
 "'a' \"b\" '''c''' \"\"\"d\"\"\" r'\\n' b'x' rb'y' Br'z' bR'w' RB'v' u'u' U'U' f'{x}' F'y' fr'{z}' Rf'w' rF'v' FR'u'",
 "'a\\'b' \"c\\\"d\" '''e\n'f'\n''' 'g\\\nh'", "'''a''''b'", "''''''\"\"\"\"\"\"", "x = ur", "bu = 1; rb; fb; ub; rr",
 "print(x)", "match x:\n    case _:\n        pass\n", "async def f():\n    await x\n", "é = ŝ + Ｋ", "_x1 = __dunder__",
 "True False None and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield",
 "x = 1\r\ny = 2\r\n", "x = 1\ry = 2\r", "if x:\r\n  y\r\n", "a = (1,\r\n 2)\r\n", "'''a\r\nb'''\r\n",
 "x\n\n\n", "   \n", "", "# only a comment", "if x:\n  y  # c", "if x:\n    pass\n  # c\n", "x = [\n# c\n]\n",
 "if 1:\n  x\n  \\\n    y\n", "x = 1 \\\n\n",
]
err_cases = [
 "x = 'abc", "x = 'abc\n", "x = \"\"\"abc\n", "x = '''abc\ndef\n", "x = 'abc\\\ndef\n", "y = 1\nx = f'abc",
 "foo(a, b", "x = [1,\n2,\n", "{\n", "x = [1)", "x = [1,\n)", "x = (1,\n2]", "x)", "x = }", "]",
 "€ = 1", "a = b€", "a\xa0= 1", "a = \x0b", "\x7f", "x = 1 \\ y", "x = 1\ny = 2 \\ z\n", "x = 1 \\", "x = 1\n\\\n", "x = 1\n    \\\n",
 "if 1:\n    x\n  y\n", "if 1:\n    é\n  éy\n", "if 1:\n\tx\n        y\n", "if 1:\n        x\n\ty\n", "if 1:\n    x\n\ty\n",
 "1_a", "1__0", "1_", "0_", "0x", "0x_", "0xg", "0o", "0o8", "0o1_", "0o18", "0b", "0b2", "0b1_2", "0b12",
 "012", "00_1", "0_9", "1e", "0e", "1e+", "1e_1", "1.5e", "1.2j3", "1abc", "0x1g", "0o7a", "0b1c", "1.5_", "1_.5",
 "a $ b", "a ? b", "a ! b", "a ` b", "x = 1 $ 2 \\ y", "(\nx = 1 $ 2", "x = (1 $ 2",
 "a $ b\n\"abc",
 "(" * 201, "x = 1\0",
]
err_cases.append(''.join(' ' * i + 'if 1:\n' for i in range(101)) + ' ' * 101 + 'x\n')
print('  // ---- generated ok cases')
for src in ok_cases:
    print('    check(%s,\n        %s);' % (jstr(src), jstr(toks(src))))
print('  // ---- generated error cases')
for src in err_cases:
    try:
        compile(src, 'f', 'exec')
        print('    // OK?!', jstr(src))
    except SyntaxError as e:
        ln = e.lineno if e.lineno is not None else 0
        off = e.offset if e.offset is not None else 0
        el = e.end_lineno if e.end_lineno is not None else 0
        eo = e.end_offset if e.end_offset is not None else 0
        print('    checkError(%s,\n        %s, %d, %d, %d, %d);' % (jstr(src) if len(src) < 200 else 'LONG', jstr(type(e).__name__ + ': ' + e.msg), ln, off, el, eo))
    except ValueError as e:
        print('    // ValueError', jstr(src), e)
