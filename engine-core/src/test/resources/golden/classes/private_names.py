# Private names (__x) inside a class are mangled to _Class__x: attributes, locals, globals,
# nested functions and classes, __slots__; dunder names and names outside classes are not.
__g = 'module private'
class _Lead:
    __count = 0
    def __init__(self):
        self.__value = 1
        _Lead.__count += 1
    def value(self):
        __local = self.__value + 1
        def inner():
            return __local * 10
        return __local, inner(), sorted(k for k in locals() if 'local' in k)
    def glob(self):
        return __g if False else 'skipped'
    class __Inner:
        __deep = 'deep'
        def get(self):
            return self.__deep
    def inner(self):
        return self.__Inner().get(), type(self.__Inner()).__name__
o = _Lead()
print(o.value(), o._Lead__value, _Lead._Lead__count, sorted(vars(o)), o.inner())
print(hasattr(o, '__value'), '_Lead__Inner' in vars(_Lead), __g)
try:
    o.__value
except AttributeError as e:
    print(e)
class ___:
    __x = 1
print('__x' in vars(___))
class P:
    __slots__ = ('__secret', 'plain')
    def __init__(self):
        self.__secret = 's'
    def secret(self):
        return self.__secret
print(P().secret(), sorted(k for k in vars(P) if 'secret' in k))
