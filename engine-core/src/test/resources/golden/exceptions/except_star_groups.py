# except* and exception groups: matching, splitting, re-raising, raising inside clauses, errors.
def show(label, f):
    try:
        f()
        print(label, 'returned')
    except BaseException as e:
        print(label, '->', type(e).__name__, repr(e))


eg = ExceptionGroup('eg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(repr(eg.split(ValueError)))
print(repr(eg.split((KeyError, TypeError))))
print(repr(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(repr(eg.subgroup(ValueError)), repr(eg.subgroup(OSError)), eg.subgroup(BaseExceptionGroup) is eg)
print(repr(eg.derive([KeyError('d')])), eg.message, len(eg.exceptions), str(eg))
for bad in [1, (ValueError, 1), 'x']:
    try:
        eg.split(bad)
    except TypeError as e:
        print('split', repr(bad), '->', e)
for args in [(), (1, [ValueError()]), ('m', 5), ('m', [1]), ('m', []), ('m', [KeyboardInterrupt()]), ('m', [ValueError()], 3)]:
    try:
        ExceptionGroup(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(type(BaseExceptionGroup('b', [ValueError()])).__name__, type(BaseExceptionGroup('b', [SystemExit()])).__name__)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + '+', excs)


mg = MyGroup('mine', [ValueError('v'), OSError('o')])
mg.__notes__ = ['note']
m, r = mg.split(OSError)
print(repr(m), repr(r), m.__notes__, r.__notes__ is mg.__notes__)


def partial():
    try:
        raise ExceptionGroup('p', [ValueError('a'), TypeError('b'), OSError('c')])
    except* ValueError as g:
        print('got', repr(g))
    except* (TypeError, ZeroDivisionError) as g:
        print('got', repr(g))


show('partial', partial)


def reraise_one():
    try:
        raise ExceptionGroup('r', [ValueError('a'), TypeError('b')])
    except* ValueError:
        raise


show('reraise_one', reraise_one)


def raise_new():
    try:
        raise ExceptionGroup('n', [ValueError('a'), TypeError('b')])
    except* ValueError:
        raise KeyError('new')
    except* TypeError:
        pass


show('raise_new', raise_new)


def naked():
    try:
        raise OSError('plain')
    except* OSError as g:
        print('wrapped', repr(g), repr(g.exceptions[0]))


show('naked', naked)


def naked_unmatched():
    try:
        raise OSError('plain')
    except* ValueError:
        print('not here')


show('naked_unmatched', naked_unmatched)


def with_else_finally():
    try:
        print('body')
    except* ValueError:
        print('not here')
    else:
        print('else')
    finally:
        print('finally')


show('else_finally', with_else_finally)


def bad_type():
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass


show('bad_type', bad_type)


def not_a_class():
    try:
        raise ValueError()
    except* 42:
        pass


show('not_a_class', not_a_class)
for src in ['for x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n',
            'def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n',
            'try:\n    pass\nexcept* ValueError:\n    for x in []:\n        continue\n']:
    try:
        compile(src, 'src', 'exec')
        print('compiles')
    except SyntaxError as e:
        print('SyntaxError:', e.msg, e.lineno)
