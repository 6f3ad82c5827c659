"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and unique (CPython 3.11's API).

Krait's own implementation. Members are made by EnumType.__new__ from the class body's
namespace, in definition order; a class body's names are read after the body has run, so
reusing a member name in one body keeps the last value instead of raising as CPython does.
"""

__all__ = [
    'EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'member', 'nonmember', 'FlagBoundary', 'STRICT', 'CONFORM',
    'EJECT', 'KEEP', 'global_enum', 'verify', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS',
    'UNIQUE', 'pickle_by_enum_name', 'pickle_by_global_name',
]

# The builtins this module's own names (property, and type as a parameter) hide.
_builtin_property = property
_type = type

# Enum, Flag and ReprEnum do not exist while they are being defined.
Enum = Flag = EJECT = ReprEnum = None


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(pattern) and name.startswith(pattern)
            and not name.endswith('__'))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _bits(num):
    """Yields the set bits of a non-negative int, lowest first."""
    while num:
        bit = num & (~num + 1)
        yield bit
        num ^= bit


class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class _Deferred:
    """An expression over auto() values in a class body (RED | GREEN), computed once they are
    chosen: CPython chooses each auto() value as it is assigned, Krait after the body."""

    def __init__(self, op, operands):
        self.op = op
        self.operands = operands

    def resolve(self):
        return self.op(*[_resolved(v) for v in self.operands])

    def __or__(self, other):
        return _Deferred(lambda a, b: a | b, (self, other))

    def __ror__(self, other):
        return _Deferred(lambda a, b: a | b, (other, self))

    def __and__(self, other):
        return _Deferred(lambda a, b: a & b, (self, other))

    def __rand__(self, other):
        return _Deferred(lambda a, b: a & b, (other, self))

    def __xor__(self, other):
        return _Deferred(lambda a, b: a ^ b, (self, other))

    def __rxor__(self, other):
        return _Deferred(lambda a, b: a ^ b, (other, self))

    def __add__(self, other):
        return _Deferred(lambda a, b: a + b, (self, other))

    def __radd__(self, other):
        return _Deferred(lambda a, b: a + b, (other, self))

    def __sub__(self, other):
        return _Deferred(lambda a, b: a - b, (self, other))

    def __rsub__(self, other):
        return _Deferred(lambda a, b: a - b, (other, self))

    def __invert__(self):
        return _Deferred(lambda a: ~a, (self,))


def _resolved(value):
    if isinstance(value, auto):
        if value.value is _auto_null:
            raise TypeError('auto() value used before it was chosen')
        return value.value
    if isinstance(value, _Deferred):
        return value.resolve()
    return value


class auto(_Deferred):
    """Stands for a member value chosen by the enum's _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def resolve(self):
        return _resolved(self)

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


class member:
    """Forces an attribute of an enum class body to become a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute of an enum class body from becoming a member."""

    def __init__(self, value):
        self.value = value


class property:
    """An instance attribute that, on the class, finds the member of the same name."""

    member = None

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.name = getattr(fget, '__name__', None)

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(self.name)
        if self.fget is None:
            raise AttributeError('%r member has no attribute %r' % (type(instance), self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                "<enum %r> cannot set attribute %r" % (type(instance).__name__, self.name))
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                "<enum %r> cannot delete attribute %r" % (type(instance).__name__, self.name))
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)

    def setter(self, fset):
        return type(self)(self.fget, fset, self.fdel, self.__doc__)

    def deleter(self, fdel):
        return type(self)(self.fget, self.fset, fdel, self.__doc__)


class _EnumDict(dict):
    """The namespace of an enum class body (a plain dict with the name CPython gives it)."""


class EnumType(type):
    """The metaclass of every enum: makes the members and answers len, iter, in and []."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        namespace = _EnumDict()
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            namespace['_generate_next_value_'] = getattr(
                first_enum, '_generate_next_value_', None)
        return namespace

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if Enum is None:
            # Enum itself (and ReprEnum, Flag while their bases are made): no members.
            classdict = dict(classdict)
            classdict.setdefault('_member_names_', [])
            classdict.setdefault('_member_map_', {})
            classdict.setdefault('_value2member_map_', {})
            classdict.setdefault('_unhashable_values_', [])
            classdict.setdefault('_member_type_', object)
            classdict.setdefault('_value_repr_', None)
            if boundary is not None:
                classdict['_boundary_'] = boundary
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members = metacls._member_values(cls, classdict)
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        namespace = {}
        for key, value in classdict.items():
            if key in members or key in ignore or key == '_ignore_':
                continue
            if isinstance(value, nonmember):
                value = value.value
            namespace[key] = value
        if members and first_enum._member_names_:
            raise TypeError('%s: cannot extend enumeration %r' % (cls, first_enum.__name__))
        new_member = namespace.get('__new__')
        if new_member is None:
            new_member = getattr(first_enum, '_new_member_', None)
            if new_member is None or new_member is object.__new__:
                new_member = member_type.__new__
            use_args = member_type is not object
        else:
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
            use_args = True
        namespace['_new_member_'] = new_member
        namespace['_use_args_'] = use_args
        namespace['_member_names_'] = []
        namespace['_member_map_'] = {}
        namespace['_value2member_map_'] = {}
        namespace['_unhashable_values_'] = []
        namespace['_member_type_'] = member_type
        if '_value_repr_' not in namespace:
            namespace['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        is_flag = Flag is not None and any(
            issubclass(b, Flag) for b in bases if isinstance(b, EnumType))
        if is_flag or boundary is not None:
            if boundary is None:
                boundary = getattr(first_enum, '_boundary_', None)
            namespace['_boundary_'] = boundary
            namespace['_flag_mask_'] = 0
            namespace['_all_bits_'] = 0
        if '__new__' in namespace:
            del namespace['__new__']
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        metacls._fix_methods(enum_class, first_enum, member_type, classdict, bases)
        for name, value in members.items():
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            metacls._finish_flag(enum_class)
        if Flag is not None and issubclass(enum_class, Flag):
            # Flag's operators win over a data type's (IntFlag's int.__or__).
            for op in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                       '__invert__'):
                if op not in classdict:
                    type.__setattr__(enum_class, op, getattr(Flag, op))
        # Calling the class looks a value up; a data type's __new__ only made the members.
        type.__setattr__(enum_class, '__new__', Enum.__dict__['__new__'])
        return enum_class

    @staticmethod
    def _member_values(cls_name, classdict):
        """Returns the members of a class body, name to value, auto() values resolved."""
        members = {}
        generate = classdict.get('_generate_next_value_')
        last_values = []
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for key, value in classdict.items():
            if isinstance(value, member):
                value = value.value
            elif (key in ignore or key == '_ignore_' or _is_dunder(key) or _is_sunder(key)
                  or _is_private(cls_name, key) or _is_descriptor(value)
                  or isinstance(value, nonmember)):
                continue
            if isinstance(value, auto) or (isinstance(value, tuple)
                                           and any(isinstance(v, auto) for v in value)):
                value = EnumType._resolve_auto(
                    value, generate, key, len(members), last_values)
            elif isinstance(value, _Deferred):
                value = value.resolve()
            members[key] = value
            last_values.append(value)
        return members

    @staticmethod
    def _resolve_auto(value, generate, key, count, last_values):
        def one(a):
            if a.value is _auto_null:
                if generate is None:
                    raise TypeError('auto() needs _generate_next_value_')
                a.value = generate(key, 1, count, last_values[:])
            return a.value
        if isinstance(value, auto):
            return one(value)
        return tuple(one(v) if isinstance(v, auto) else v for v in value)

    @staticmethod
    def _fix_methods(enum_class, first_enum, member_type, classdict, bases):
        """Keeps Enum's repr/str/format unless the class or a ReprEnum says otherwise."""
        defined = set(classdict)
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type '
                                '(i.e. int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
                defined.add('__format__')
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)
                defined.add('__str__')
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in defined:
                continue
            enum_method = getattr(first_enum, name, None)
            found = getattr(enum_class, name, None)
            if enum_method is None or found is None:
                continue
            if found == getattr(member_type, name, None) or found == getattr(object, name, None):
                type.__setattr__(enum_class, name, enum_method)

    def _add_member_(cls, name, value):
        """Makes the member `name` (or an alias, when an equal value has a member already)."""
        args = value if isinstance(value, tuple) else (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        if not cls._use_args_:
            enum_member = cls._new_member_(cls)
        else:
            enum_member = cls._new_member_(cls, *args)
        if not hasattr(enum_member, '_value_'):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception as exc:
                    raise TypeError('_value_ not set in __new__, unable to create it') from exc
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(cls._member_names_)
        canonical = cls._lookup_value(value)
        if canonical is not None:
            enum_member = canonical
        elif Flag is None or not issubclass(cls, Flag) or _is_single_bit(value):
            # A flag's combinations and zero are named but not iterated: only single bits are.
            cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            cls._unhashable_values_.append(value)
        descriptor = None
        for base in cls.__mro__[1:]:
            descriptor = base.__dict__.get(name)
            if descriptor is not None:
                break
        if isinstance(descriptor, property):
            clone = property(descriptor.fget, descriptor.fset, descriptor.fdel)
            clone.name = name
            clone.member = enum_member
            type.__setattr__(cls, name, clone)
        else:
            type.__setattr__(cls, name, enum_member)

    def _lookup_value(cls, value):
        try:
            return cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    return m
            return None

    @staticmethod
    def _finish_flag(cls):
        mask = 0
        for name in cls._member_names_:
            mask |= cls._member_map_[name]._value_
        all_bits = 0
        for m in cls._member_map_.values():
            all_bits |= m._value_
        type.__setattr__(cls, '_flag_mask_', mask)
        type.__setattr__(cls, '_all_bits_', 2 ** all_bits.bit_length() - 1 if all_bits else 0)

    @classmethod
    def _get_mixins_(metacls, class_name, bases):
        """Returns (the data type mixed in, the first Enum base) of an enum's bases."""
        if not bases:
            return object, Enum
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        member_type = metacls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(metacls, class_name, bases):
        data_types = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        data_types.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                    data_types.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        return data_types.pop() if data_types else None

    @classmethod
    def _find_data_repr_(metacls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    return base.__dict__.get('_value_repr_', None)
                elif '__repr__' in base.__dict__:
                    return base.__dict__['__repr__']
        return None

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: Enum('Name', 'A B C') and its list and mapping forms."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if hasattr(names, 'items') else names
        for item in items:
            if isinstance(item, str):
                name, value = item, names[item]
            else:
                name, value = item
            classdict[name] = value
        classdict['__module__'] = module if module is not None else '__main__'
        if qualname is not None:
            classdict['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                _type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__',
                     '__len__', '__members__', '__module__', '__name__', '__qualname__',
                     '__init_subclass__'])
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls._member_type_ is object:
            return sorted(names)
        return sorted(set(dir(cls._member_type_)) | names)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """The base of every enumeration: members with a name and a value."""

    def __new__(cls, value):
        if _type(value) is cls:
            return value
        found = cls._lookup_value(value)
        if found is not None:
            return found
        error = None
        try:
            result = cls._missing_(value)
        except Exception as exc:
            error = exc
            result = None
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag) and result is not None:
            return result
        invalid = ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        if result is None and error is None:
            raise invalid
        if error is None:
            error = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                              % (cls.__name__, result))
        error.__context__ = invalid
        raise error

    def __init__(self, *args, **kwds):
        pass

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        try:
            last = last_values[-1]
            ordered = sorted(last_values)
            if last == ordered[-1]:
                return last + 1
        except TypeError:
            pass
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return '<%s.%s: %s>' % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return '%s.%s' % (self.__class__.__name__, self._name_)

    def __dir__(self):
        names = set(['__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'])
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] != '_' and cls is not Enum and not isinstance(obj, Enum):
                    names.add(name)
        return sorted(names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


class ReprEnum(Enum):
    """An enum whose str() and format() are its data type's; only repr() is the enum's."""


class IntEnum(int, ReprEnum):
    """An enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An enum whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        obj = str.__new__(cls, value)
        obj._value_ = value
        return obj

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    """What Flag does with values that have bits no member has."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """An enum whose members combine with |, & and ^ into further members."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = last_value.bit_length() - 1
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    @classmethod
    def _missing_(cls, value):
        """Makes the pseudo-member for a combination of bits (per the class's boundary)."""
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (not ~all_bits <= value <= all_bits or value & (all_bits ^ flag_mask)):
            if cls._boundary_ is STRICT:
                max_bits = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s' % (
                    cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits)))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is not KEEP:
                raise ValueError('%r unknown flag boundary %r' % (cls, cls._boundary_))
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        member_value = value & flag_mask
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or unknown:
            names = [m._name_ for m in cls._iter_member_(member_value)]
            if unknown:
                names.append(repr(unknown))
            pseudo_member._name_ = '|'.join(names)
        else:
            pseudo_member._name_ = None
        pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
        if neg_value is not None:
            cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return self._iter_member_(self._value_)

    def __len__(self):
        return bin(self._value_).count('1')

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return '<%s: %s>' % (cls_name, v_repr(self._value_))
        return '<%s.%s: %s>' % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        return '%s.%s' % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        """The value of the other operand of |, & or ^, or None when it is not a flag's."""
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else self.__class__(self._value_ | value)

    def __and__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else self.__class__(self._value_ & value)

    def __xor__(self, other):
        value = self._operand(other)
        return NotImplemented if value is None else self.__class__(self._value_ ^ value)

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


def _bin(num, max_bits=None):
    """Returns num in binary with its sign bit, as Flag's error messages show it."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace('1', '0', 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return '%s %s' % (sign, digits)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""

    def __invert__(self):
        if self._boundary_ in (EJECT, KEEP):
            return self.__class__(~self._value_)
        return self.__class__(self._flag_mask_ ^ self._value_)


def unique(enumeration):
    """A class decorator that raises ValueError when an enum has aliases."""
    duplicates = []
    for name, m in enumeration.__members__.items():
        if name != m.name:
            duplicates.append((name, m.name))
    if duplicates:
        alias_details = ', '.join(['%s -> %s' % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, alias_details))
    return enumeration


class EnumCheck(StrEnum):
    """The checks verify() can make."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """A class decorator that checks an enum against EnumCheck constraints."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        for check in self.checks:
            if check is UNIQUE:
                unique(enumeration)
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = [v for v in range(low, high + 1) if v not in values]
                if missing:
                    raise ValueError('invalid enum %r: missing values %s' % (
                        enumeration.__name__, ', '.join(str(v) for v in missing)))
            else:
                raise NotImplementedError('enum.verify(NAMED_FLAGS) is not implemented in '
                                          'Krait yet')
        return enumeration


def _global_enum_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def _global_flag_repr(self):
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return '%s.%s(%r)' % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    return '|'.join(n if n[0].isdigit() and self._boundary_ is KEEP else '%s.%s' % (module, n)
                    for n in self._name_.split('|'))


def _global_str(self):
    if self._name_ is None:
        return '%s(%r)' % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """A class decorator: members repr as module.NAME and are put in the module's namespace."""
    import sys
    type.__setattr__(cls, '__repr__',
                     _global_flag_repr if issubclass(cls, Flag) else _global_enum_repr)
    if not issubclass(cls, ReprEnum) or update_str:
        type.__setattr__(cls, '__str__', _global_str)
    vars(sys.modules[cls.__module__]).update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
