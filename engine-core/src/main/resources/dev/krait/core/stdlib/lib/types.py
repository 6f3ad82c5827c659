"""Names for the built-in types (Krait's own implementation of CPython's types): the types of
functions, generators, methods, modules and the like, and SimpleNamespace."""

import sys as _sys
from reprlib import recursive_repr as _recursive_repr


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _g():
    yield 1


GeneratorType = type(_g())


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(_sys)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(Ellipsis)

del _f, _g, _C


class SimpleNamespace:
    """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""

    __slots__ = ('_attrs',)

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError('no positional arguments expected')
        object.__setattr__(self, '_attrs', {})
        self._attrs.update(kwargs)

    @property
    def __dict__(self):
        return self._attrs

    def __getattr__(self, name):
        try:
            return object.__getattribute__(self, '_attrs')[name]
        except KeyError:
            shown = ('types.SimpleNamespace' if type(self) is SimpleNamespace
                     else type(self).__name__)
            message = f"{shown!r} object has no attribute {name!r}"
            raise AttributeError(message) from None

    def __setattr__(self, name, value):
        self._attrs[name] = value

    def __delattr__(self, name):
        try:
            del self._attrs[name]
        except KeyError:
            raise AttributeError(name) from None

    @_recursive_repr('namespace(...)')
    def __repr__(self):
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        inner = ', '.join(f'{k}={v!r}' for k, v in self._attrs.items())
        return f'{name}({inner})'

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self._attrs == other._attrs
        return NotImplemented

    __hash__ = None

    def __reduce__(self):
        return type(self), (), dict(self._attrs)


def __getattr__(name):
    if name in ('MappingProxyType', 'new_class', 'prepare_class', 'resolve_bases',
                'DynamicClassAttribute', 'coroutine', 'GenericAlias', 'UnionType',
                'CoroutineType', 'AsyncGeneratorType', 'FrameType', 'TracebackType',
                'WrapperDescriptorType', 'MethodWrapperType', 'MethodDescriptorType',
                'ClassMethodDescriptorType', 'GetSetDescriptorType',
                'MemberDescriptorType', 'CellType'):
        raise NotImplementedError(f'types.{name} is not implemented in Krait yet')
    raise AttributeError(f"module 'types' has no attribute {name!r}")
