"""Support for type hints (Krait's own, partial implementation of CPython's typing).

The special forms and generic aliases exist, can be subscripted and show CPython's reprs, so
annotated code runs unchanged; annotations are not checked (as in CPython). What is missing
(Protocol, TypedDict, NamedTuple, ParamSpec, get_type_hints, ...) raises NotImplementedError
when asked for.
"""

__all__ = ['Any', 'Callable', 'ClassVar', 'Dict', 'Final', 'FrozenSet', 'Generic',
           'Iterable', 'Iterator', 'List', 'Literal', 'Mapping', 'Optional', 'Sequence',
           'Set', 'Tuple', 'Type', 'TypeVar', 'Union', 'TYPE_CHECKING', 'cast', 'final',
           'overload', 'no_type_check']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        module = getattr(obj, '__module__', 'builtins')
        if module == 'builtins':
            return obj.__qualname__
        return f'{module}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    return repr(obj)


def _check_not_a_base(args):
    # A class statement with an alias among its bases makes the alias's type its metaclass
    # and calls it with (name, bases, namespace), while Krait's class statement lacks PEP 560's
    # __mro_entries__: say so rather than fail obscurely.
    if len(args) == 3 and isinstance(args[1], tuple) and isinstance(args[2], dict):
        raise NotImplementedError('a subscripted generic (such as Generic[T] or List[int]) as '
                                  'a base class needs __mro_entries__ (PEP 560), which '
                                  "Krait's class statement does not support yet")


class _Final:
    """The base of typing's own objects: no subclasses of them in user code."""
    __slots__ = ()


class _GenericAlias(_Final):
    """A subscripted generic, such as List[int]: its origin and its arguments."""

    def __init__(self, origin, args, name):
        _check_not_a_base((origin, args, name))
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name == 'Callable' and len(self.__args__) == 2 and isinstance(
                self.__args__[0], tuple):
            params = ', '.join(_type_repr(a) for a in self.__args__[0])
            return f'typing.Callable[[{params}], {_type_repr(self.__args__[1])}]'
        if self._name == 'Optional':
            return f'typing.Optional[{_type_repr(self.__args__[0])}]'
        args = ', '.join(_type_repr(a) for a in self.__args__) if self.__args__ else '()'
        if self._name is None:
            return f'{_type_repr(self.__origin__)}[{args}]'
        return f'typing.{self._name}[{args}]'

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None or not callable(self.__origin__):
            raise TypeError(f'Type {self._name} cannot be instantiated')
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        raise TypeError(f'{self!r} is not a generic class')


class _SpecialGeneric(_Final):
    """A generic name such as List or Dict: subscripting it makes a _GenericAlias."""

    def __init__(self, name, origin, nparams):
        _check_not_a_base((name, origin, nparams))
        self._name = name
        self.__origin__ = origin
        self._nparams = nparams

    def __repr__(self):
        return f'typing.{self._name}'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f'Too {many} arguments for {self!r}; actual {len(params)}, '
                            f'expected {self._nparams}')
        return _GenericAlias(self.__origin__, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Type {self._name} cannot be instantiated; use '
                        f'{self.__origin__.__name__}() instead')

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class _SpecialForm(_Final):
    """Any, Union, Optional, ClassVar, Final, Literal: forms with their own subscript rules."""

    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _no_subscript(self, parameters):
    raise TypeError(f'{self} is not subscriptable')


def _union(self, parameters):
    if parameters == ():
        raise TypeError('Cannot take a Union of no types.')
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if p is None:
            p = type(None)
        args = p.__args__ if isinstance(p, _GenericAlias) and p._name in ('Union',
                                                                           'Optional') else (p,)
        for a in args:
            if a not in flat:
                flat.append(a)
    if len(flat) == 1:
        return flat[0]
    if len(flat) == 2 and type(None) in flat:
        other = flat[0] if flat[1] is type(None) else flat[1]
        alias = _GenericAlias(Union, tuple(flat), 'Optional')
        alias.__args__ = (other, type(None)) if flat[1] is type(None) else tuple(flat)
        return alias
    return _GenericAlias(Union, tuple(flat), 'Union')


def _optional(self, parameters):
    return Union[parameters, None]


def _one(self, parameters):
    return _GenericAlias(self, (parameters,), self._name)


def _literal(self, parameters):
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    return _GenericAlias(self, parameters, self._name)


Any = _SpecialForm('Any', _no_subscript)
NoReturn = _SpecialForm('NoReturn', _no_subscript)
Never = _SpecialForm('Never', _no_subscript)
Self = _SpecialForm('Self', _no_subscript)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _one)
Final = _SpecialForm('Final', _one)
Literal = _SpecialForm('Literal', _literal)


class _CallableForm(_SpecialGeneric):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            args = tuple(args)
        elif args is not ...:
            raise TypeError('Callable[args, result]: args must be a list')
        return _GenericAlias(self.__origin__, (args, result), 'Callable')


class _TupleForm(_SpecialGeneric):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(tuple, params, 'Tuple')


def _abc(name):
    # The abstract container types are not in Krait yet: the builtin that fits stands in.
    return {'Iterable': object, 'Iterator': object, 'Sequence': list,
            'MutableSequence': list, 'Mapping': dict, 'MutableMapping': dict,
            'AbstractSet': set, 'MutableSet': set, 'Collection': object,
            'Container': object, 'Hashable': object, 'Sized': object,
            'Generator': object, 'Awaitable': object, 'Coroutine': object,
            'AsyncIterator': object, 'AsyncIterable': object, 'Reversible': object}[name]


List = _SpecialGeneric('List', list, 1)
Dict = _SpecialGeneric('Dict', dict, 2)
Set = _SpecialGeneric('Set', set, 1)
FrozenSet = _SpecialGeneric('FrozenSet', frozenset, 1)
Type = _SpecialGeneric('Type', type, 1)
Tuple = _TupleForm('Tuple', tuple, -1)
Callable = _CallableForm('Callable', object, -1)
Iterable = _SpecialGeneric('Iterable', _abc('Iterable'), 1)
Iterator = _SpecialGeneric('Iterator', _abc('Iterator'), 1)
Reversible = _SpecialGeneric('Reversible', _abc('Reversible'), 1)
Sequence = _SpecialGeneric('Sequence', _abc('Sequence'), 1)
MutableSequence = _SpecialGeneric('MutableSequence', _abc('MutableSequence'), 1)
Mapping = _SpecialGeneric('Mapping', _abc('Mapping'), 2)
MutableMapping = _SpecialGeneric('MutableMapping', _abc('MutableMapping'), 2)
AbstractSet = _SpecialGeneric('AbstractSet', _abc('AbstractSet'), 1)
MutableSet = _SpecialGeneric('MutableSet', _abc('MutableSet'), 1)
Collection = _SpecialGeneric('Collection', _abc('Collection'), 1)
Container = _SpecialGeneric('Container', _abc('Container'), 1)
Generator = _SpecialGeneric('Generator', _abc('Generator'), 3)
Hashable = _abc('Hashable')
Sized = _abc('Sized')


class TypeVar(_Final):
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


class Generic:
    """Abstract base class for generic types: Generic[T] as a base makes a class generic."""
    __slots__ = ()

    @classmethod
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic:
            return _GenericAlias(Generic, params, 'Generic')
        return _GenericAlias(cls, params, None)


def cast(typ, val):
    """Cast a value to a type: returns the value unchanged."""
    return val


def overload(func):
    """Decorator for overloaded functions: the overloads themselves are never called."""
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            'You should not call an overloaded function. A series of @overload-decorated '
            'functions outside a stub module should always be followed by an implementation '
            'that is not @overload-ed.')
    return _overload_dummy


def final(f):
    """A decorator to indicate final methods and final classes."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    return arg


def __getattr__(name):
    if name in ('Protocol', 'TypedDict', 'NamedTuple', 'ParamSpec', 'TypeVarTuple',
                'get_type_hints', 'get_origin', 'get_args', 'Annotated', 'NewType',
                'runtime_checkable', 'Concatenate', 'TypeAlias', 'TypeGuard'):
        raise NotImplementedError(f'typing.{name} is not implemented in Krait yet')
    raise AttributeError(f"module 'typing' has no attribute {name!r}")
