# types: SimpleNamespace (repr, eq, attributes, errors) and the built-in types' names;
# reprlib.recursive_repr through recursive deque/OrderedDict/defaultdict/ChainMap reprs.
import sys
import types
from types import SimpleNamespace
ns = SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == SimpleNamespace(a=1, b='x', c=[1]), vars(ns) if False else ns.__dict__)
del ns.a
print(ns, SimpleNamespace(q=1), SimpleNamespace())
try:
    SimpleNamespace({'q': 1})
except TypeError as e:
    print('TypeError', e)
try:
    ns.zz
except AttributeError as e:
    print('AttributeError', e)
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.BuiltinFunctionType), isinstance(sys, types.ModuleType))
print(types.NoneType, types.FunctionType, types.ModuleType, types.GeneratorType, types.MethodType)
print(isinstance((x for x in ()), types.GeneratorType), type(None) is types.NoneType)
r = SimpleNamespace(); r.me = r
print(r)
from collections import deque, OrderedDict, defaultdict, ChainMap
from reprlib import recursive_repr
d = deque([1]); d.append(d)
od = OrderedDict(a=1); od['me'] = od
dd = defaultdict(list); dd['me'] = dd
cm = ChainMap({}); cm['me'] = cm
print(d, od, dd, cm)
class Node:
    def __init__(self):
        self.child = self
    @recursive_repr('<loop>')
    def __repr__(self):
        return f'Node({self.child!r})'
print(Node(), Node.__repr__.__name__, Node.__repr__.__qualname__)
