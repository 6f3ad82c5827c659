# BaseException.add_note, __notes__ printed after the message (str notes split by lines), with_traceback, chaining checks.
e = ValueError('v')
e.add_note('first')
e.add_note('two\nlines')
try:
    e.add_note(3)
except TypeError as x:
    print(x)
print(e.__notes__)
f = KeyError('k')
f.__notes__ = 'str notes'
try:
    f.add_note('x')
except TypeError as x:
    print(x)
g = TypeError('g')
g.__notes__ = ['ok', 42, 'a\n\nb\n']
print(g.with_traceback(None) is g)
try:
    g.__cause__ = 1
except TypeError as x:
    print(x)
try:
    g.__context__ = 'x'
except TypeError as x:
    print(x)
try:
    raise ExceptionGroup('eg', [f, g])
except ExceptionGroup as eg:
    eg.add_note('group note')
    err = eg
raise err
