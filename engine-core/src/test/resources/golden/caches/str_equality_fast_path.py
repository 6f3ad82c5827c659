# Exact-str equality without slot calls (==, !=, in, list.index) next to a str subclass's own __eq__.
print('a' == 'a', 'a' != 'a', 'a' == 'b', 'a' != 'b', 'é' == 'é', '\U0001f600' == '\U0001f600', '\ud83d\ude00' == '\U0001f600')
print('x' in ['a', 'x'], 'y' in ('a', 'x'), ['a', 'b'].index('b'), 'ab'[0] == 'a')
class S(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(S('q') == 'z', 'z' == S('q'), 'z' in [S('q')], ['z'].count('z'), 'q' != S('q'))
