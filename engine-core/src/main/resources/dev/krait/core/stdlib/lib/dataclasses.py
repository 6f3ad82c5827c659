"""Classes of fields with generated methods (Krait's own implementation of CPython's
dataclasses): dataclass, field, fields, asdict, astuple, replace, is_dataclass.

Not there yet (NotImplementedError when asked for): kw_only, slots, weakref_slot, InitVar,
KW_ONLY, make_dataclass.
"""

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'MISSING', 'fields',
           'asdict', 'astuple', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    __slots__ = ()

    def __repr__(self):
        return '<dataclasses._MISSING_TYPE object>'


MISSING = _MissingType()
_HAS_DEFAULT_FACTORY = _MissingType()
import copy
import sys

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT = '__post_init__'


class Field:
    """One field of a dataclass, as field() describes it."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else dict(metadata)
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},repr={self.repr!r},eq={self.eq!r},'
                f'order={self.order!r},unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r})')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _own_annotations(cls):
    annotations = getattr(cls, '__annotations__', None)
    if not annotations:
        return {}
    for base in cls.__mro__[1:]:
        if getattr(base, '__annotations__', None) is annotations:
            return {}
    return annotations


def _is_classvar(annotation):
    # typing.ClassVar or ClassVar[...], also as the text `from __future__ import annotations`
    # leaves (the forms CPython recognises without evaluating it).
    typing = sys.modules.get('typing')
    if typing is not None and (annotation is typing.ClassVar
                               or getattr(annotation, '__origin__', None) is typing.ClassVar):
        return True
    if isinstance(annotation, str):
        head = annotation.strip().split('[', 1)[0].strip()
        return head in ('ClassVar', 'typing.ClassVar')
    return False


def _get_field(cls, name, annotation):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if _is_classvar(annotation):
        # A class variable is no field: kept in __dataclass_fields__, left out of the methods.
        f._field_type = '_FIELD_CLASSVAR'
        if f.default_factory is not MISSING:
            raise TypeError(f'field {name} cannot have a default factory')
        return f
    f._field_type = '_FIELD'
    if f.kw_only is not MISSING and f.kw_only:
        raise NotImplementedError('dataclasses: kw_only fields are not implemented in Krait '
                                  'yet')
    if f.default is not MISSING and type(f.default).__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field {name} is not '
                         'allowed: use default_factory')
    return f


def _make_function(cls, name, params, body, namespace):
    text = f'def {name}({", ".join(params)}):\n'
    text += ''.join(f'    {line}\n' for line in body) if body else '    pass\n'
    exec(text, namespace)
    function = namespace[name]
    function.__qualname__ = f'{cls.__qualname__}.{name}'
    return function


def _init(cls, fields, frozen, has_post_init):
    seen_default = False
    for f in fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')
    namespace = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
                 '__builtins__': __builtins__, '_object_setattr': object.__setattr__}
    params = ['self']
    body = []
    for f in fields:
        value = None
        if f.default_factory is not MISSING:
            namespace[f'_dflt_{f.name}'] = f.default_factory
            if f.init:
                params.append(f'{f.name}=_HAS_DEFAULT_FACTORY')
                value = (f'_dflt_{f.name}() if {f.name} is _HAS_DEFAULT_FACTORY '
                         f'else {f.name}')
            else:
                value = f'_dflt_{f.name}()'
        elif f.init:
            if f.default is MISSING:
                params.append(f.name)
            else:
                namespace[f'_dflt_{f.name}'] = f.default
                params.append(f'{f.name}=_dflt_{f.name}')
            value = f.name
        elif f.default is not MISSING:
            namespace[f'_dflt_{f.name}'] = f.default
            value = f'_dflt_{f.name}'
        if value is not None:
            if frozen:
                body.append(f'_object_setattr(self, {f.name!r}, {value})')
            else:
                body.append(f'self.{f.name} = {value}')
    if has_post_init:
        body.append(f'self.{_POST_INIT}()')
    return _make_function(cls, '__init__', params, body, namespace)


def _repr(cls, fields):
    shown = [f for f in fields if f.repr]

    def __repr__(self):
        inner = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown)
        return f'{type(self).__qualname__}({inner})'
    __repr__.__qualname__ = f'{cls.__qualname__}.__repr__'
    return __repr__


def _compare_method(cls, name, compared, op):
    def method(self, other):
        if type(other) is type(self):
            return op(tuple(getattr(self, f.name) for f in compared),
                      tuple(getattr(other, f.name) for f in compared))
        return NotImplemented
    method.__name__ = name
    method.__qualname__ = f'{cls.__qualname__}.{name}'
    return method


_ORDER = [('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
          ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)]


def _frozen_methods(cls, fields):
    names = {f.name for f in fields}

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return __setattr__, __delattr__


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    if kw_only or slots or weakref_slot:
        raise NotImplementedError('dataclass(): kw_only, slots and weakref_slot are not '
                                  'implemented in Krait yet')
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    own = []
    for name, annotation in _own_annotations(cls).items():
        f = _get_field(cls, name, annotation)
        own.append(f)
        fields[name] = f
        if isinstance(getattr(cls, name, None), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))
    all_fields = [f for f in fields.values() if f._field_type == '_FIELD']
    if init:
        cls.__init__ = _init(cls, all_fields, frozen, hasattr(cls, _POST_INIT))
    if repr:
        cls.__repr__ = _repr(cls, all_fields)
    compared = [f for f in all_fields if f.compare]
    if eq:
        cls.__eq__ = _compare_method(cls, '__eq__', compared, lambda a, b: a == b)
    if order:
        for name, op in _ORDER:
            setattr(cls, name, _compare_method(cls, name, compared, op))
    if frozen:
        cls.__setattr__, cls.__delattr__ = _frozen_methods(cls, all_fields)
    hashed = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(tuple(getattr(self, f.name) for f in hashed))
        __hash__.__qualname__ = f'{cls.__qualname__}.__hash__'
        cls.__hash__ = __hash__
    elif eq:
        cls.__hash__ = None
    if match_args:
        cls.__match_args__ = tuple(f.name for f in all_fields if f.init)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False,
              weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        found = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in found.values() if f._field_type == '_FIELD')


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _converted(obj, dict_factory, True)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _converted(obj, tuple_factory, False)


def _converted(obj, factory, pairs):
    # asdict (pairs true) or astuple of obj, recursing into dataclasses and containers.
    if _is_dataclass_instance(obj):
        values = [_converted(getattr(obj, f.name), factory, pairs) for f in fields(obj)]
        if pairs:
            return factory([(f.name, v) for f, v in zip(fields(obj), values)])
        return factory(values)
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_converted(v, factory, pairs) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_converted(v, factory, pairs) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_converted(k, factory, pairs), _converted(v, factory, pairs))
                         for k, v in obj.items())
    return copy.deepcopy(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return type(obj)(**changes)


def __getattr__(name):
    if name in ('InitVar', 'KW_ONLY', 'make_dataclass'):
        raise NotImplementedError(f'dataclasses.{name} is not implemented in Krait yet')
    raise AttributeError(f"module 'dataclasses' has no attribute {name!r}")
