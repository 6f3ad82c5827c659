"""Shallow and deep copy operations: copy(x) and deepcopy(x[, memo]).

Krait's copy: the same results as CPython's for builtin values, classes defined in Python
(their __dict__ and __slots__, __getstate__/__setstate__, __copy__/__deepcopy__, __reduce__
and __reduce_ex__), subclasses of the builtin containers and scalars, and exceptions. Krait's
builtin types have no __reduce_ex__: what CPython's object.__reduce_ex__(4) gives them is
worked out here (_reduce), and an object of a builtin type that CPython cannot pickle raises
the TypeError CPython raises.
"""

import types

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

# Values a copy returns as they are: immutable, or shared by identity (functions, classes).
_ATOMIC = frozenset({
    type(None), int, float, bool, complex, str, bytes, range, type, property,
    types.BuiltinFunctionType, types.FunctionType, types.CodeType, type(Ellipsis),
    type(NotImplemented),
})

# Builtin bases whose subclasses are remade from the base's value: cls.__new__(cls, base(x)).
_VALUE_BASES = (int, float, complex, str, bytes, tuple, frozenset)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset:
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is frozenset:
        y = frozenset(deepcopy(list(x), memo))
    elif cls is types.MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _reconstruct(x, memo)
    # If is its own copy, don't memoize.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that holds itself through a list was copied while its items were.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _keep_alive(x, memo):
    """Keeps x alive as long as memo: ids stay unique while the copy runs."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _builtin_base(cls):
    """Returns the first class of cls's MRO that Python code did not define."""
    for base in cls.__mro__:
        if base.__module__ == "builtins" or base is object:
            return base
    return object


def _state(x):
    """What object.__getstate__ returns: the instance dict, with the slot values if any."""
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    state = getattr(x, "__dict__", None) or None
    slots = {}
    for klass in type(x).__mro__:
        names = klass.__dict__.get("__slots__", ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ("__dict__", "__weakref__") or name in slots:
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    if slots:
        return (state, slots)
    return state


def _reconstruct(x, memo):
    cls = type(x)
    names = _user_dict_names(cls)
    if "__reduce_ex__" in names:
        rv = x.__reduce_ex__(4)
    elif "__reduce__" in names:
        rv = x.__reduce__()
    else:
        rv = _reduce(x)
    if isinstance(rv, str):
        return x
    return _rebuild(x, memo, *rv)


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x):
    """What object.__reduce_ex__(4) gives for x: (callable, args, state, items, pairs)."""
    cls = type(x)
    base = _builtin_base(cls)
    state = _state(x)
    if base is object:
        return _newobj, (cls,), state
    if issubclass(base, BaseException):
        return cls, x.args, state
    if issubclass(base, _VALUE_BASES):
        getnewargs = getattr(cls, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs(x)
        else:
            args = (_value_base(base)(x),)
        return (_newobj, (cls,) + tuple(args), state)
    if issubclass(base, list):
        return _newobj, (cls,), state, iter(x)
    if issubclass(base, dict):
        return _newobj, (cls,), state, None, iter(x.items())
    if issubclass(base, (set, bytearray)):
        return cls, (list(x) if issubclass(base, set) else bytes(x),), state
    raise TypeError("cannot pickle '%s' object" % cls.__name__)


def _rebuild(x, memo, func, args, state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def _user_dict_names(cls):
    """The names the classes of cls's MRO that Python code defined bind themselves."""
    names = set()
    for klass in cls.__mro__:
        if klass.__module__ == "builtins" or klass is object:
            break
        names.update(klass.__dict__)
    return names


def _value_base(base):
    """The one of _VALUE_BASES that base is or derives from."""
    for b in _VALUE_BASES:
        if issubclass(base, b):
            return b
    return base
