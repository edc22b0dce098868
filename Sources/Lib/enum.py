"""Enumerations: Enum, IntEnum, StrEnum, Flag, IntFlag and their helpers."""

# swiftpy: our own implementation of CPython 3.11's enum module, written from its documentation
# and observed behaviour (reprs, error messages, member creation, Flag boundaries).
#
# How a class body becomes an enumeration:
#   1. EnumType.__prepare__ hands out a _ClassBody, which records which assignments are members
#      (and resolves auto() values as they are assigned);
#   2. EnumType.__new__ replaces each member value with a _PendingMember and lets type.__new__
#      build the class; type.__new__ calls _PendingMember.__set_name__ in definition order, which
#      creates the real member (so members exist before __init_subclass__ runs, as in CPython);
#   3. EnumType.__new__ then settles repr/str/format and the Flag bookkeeping.

import sys
import builtins as _builtins
from types import MappingProxyType, DynamicClassAttribute

__all__ = [
        'EnumType', 'EnumMeta',
        'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
        'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
        'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
        'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
        'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
        'pickle_by_global_name', 'pickle_by_enum_name',
        ]

# The base classes, bound once they exist (the metaclass checks for them while they are built).
Enum = Flag = ReprEnum = None
STRICT = CONFORM = EJECT = KEEP = None


# ---------------------------------------------------------------------------------------------
# Name and value classification

def _is_dunder(name):
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    """A name mangled for the class (`_Cls__x`), which stays a plain attribute."""
    prefix = '_' + cls_name.lstrip('_') + '__'
    return name.startswith(prefix) and len(name) > len(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return any(hasattr(obj, m) for m in ('__get__', '__set__', '__delete__'))


def _is_nested_class(cls_name, obj):
    if not isinstance(obj, type):
        return False
    qualname = getattr(obj, '__qualname__', '')
    inner = cls_name + '.' + getattr(obj, '__name__', '')
    return qualname == inner or qualname.endswith('.' + inner)


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _high_bit(value):
    """Index of the highest set bit (-1 for zero)."""
    return value.bit_length() - 1


def _iter_bits_lsb(num):
    """The set bits of a non-negative int (or int-valued member), lowest first."""
    given = num
    if isinstance(num, Enum):
        num = num._value_
    if num < 0:
        raise ValueError('%r is not a positive integer' % given)
    while num:
        lowest = num & -num
        yield lowest
        num ^= lowest


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """
    Like built-in bin(), except negative values are represented in
    twos-compliment, and the leading bit always indicates sign
    (0=positive, 1=negative).
    """
    width = num.bit_length()
    if num >= 0:
        sign, digits = '0b0', _builtins.bin(num)[2:] if num else ''
        digits = digits.rjust(width, '0')
    else:
        sign = '0b1'
        digits = _builtins.bin((1 << (width + 1)) + num)[3:].rjust(width, '0') if width else ''
    if max_bits is not None and len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign[-1])
    return "%s %s" % (sign, digits)


def _make_class_unpicklable(obj):
    """Members of `obj` (a class or a class body) refuse to be pickled."""
    def _break_on_call_reduce(self, proto):
        raise TypeError('%r cannot be pickled' % self)
    if isinstance(obj, dict):
        obj['__reduce_ex__'] = _break_on_call_reduce
        obj['__module__'] = '<unknown>'
    else:
        setattr(obj, '__reduce_ex__', _break_on_call_reduce)
        setattr(obj, '__module__', '<unknown>')


def _dataclass_repr(self):
    fields = self.__dataclass_fields__
    return ', '.join('%s=%r' % (k, getattr(self, k)) for k, f in fields.items() if f.repr)


# ---------------------------------------------------------------------------------------------
# Markers used in class bodies

class nonmember(object):
    """
    Protects item from becoming an Enum member during class creation.
    """
    def __init__(self, value):
        self.value = value


class member(object):
    """
    Forces item to become an Enum member during class creation.
    """
    def __init__(self, value):
        self.value = value


_auto_null = object()


class auto:
    """
    Instances are replaced with an appropriate value in Enum class suites.
    """
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class property(DynamicClassAttribute):
    """
    This is a descriptor, used to define attributes that act differently
    when accessed through an enum member and through an enum class.
    Instance access is the same as property(), but access to an attribute
    through the enum class will instead look in the class' _member_map_ for
    a corresponding enum member.
    """

    member = None   # the member of the same name, for class-level access

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is None:
                raise AttributeError('%r has no attribute %r' % (ownerclass, self.name))
            return self.member
        if self.fget is not None:
            return self.fget(instance)
        if self.member is not None:
            return self.member
        try:
            return instance.__dict__[self.name]
        except KeyError:
            raise AttributeError('%r member has no attribute %r' % (ownerclass, self.name)) from None

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("<enum %r> cannot set attribute %r" % (self.clsname, self.name))
        return self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("<enum %r> cannot delete attribute %r" % (self.clsname, self.name))
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name = name
        self.clsname = ownerclass.__name__


# ---------------------------------------------------------------------------------------------
# Class creation

_ALLOWED_SUNDERS = frozenset((
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
))


class _ClassBody(dict):
    """The namespace of an enum class body: records member names in order, resolves auto()."""

    def __init__(self, cls_name):
        super().__init__()
        self._cls_name = cls_name
        self._member_names = {}         # ordered set of member names
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_nested_class(self._cls_name, value):
            import warnings
            warnings.warn("In 3.13 classes created inside an enum will not become a member.  "
                          "Use the `member` decorator to keep the current behavior.",
                          DeprecationWarning, stacklevel=2)
        if _is_private(self._cls_name, key):
            pass
        elif _is_sunder(key):
            self._set_sunder(key, value)
            if key == '_ignore_':
                value = self._ignore
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError('%r already defined as %r' % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError('%r already defined as %r' % (key, self[key]))
            value = self._member_value(key, value)
        super().__setitem__(key, value)

    def _set_sunder(self, key, value):
        if key not in _ALLOWED_SUNDERS and not key.startswith('_repr_'):
            raise ValueError('_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        if key == '_generate_next_value_':
            if self._auto_called:
                raise TypeError("_generate_next_value_ must be defined before members")
            self._generate_next_value = value.__func__ if isinstance(value, staticmethod) else value
        elif key == '_ignore_':
            names = value.replace(',', ' ').split() if isinstance(value, str) else list(value)
            clash = set(names) & set(self._member_names)
            if clash:
                raise ValueError('_ignore_ cannot specify already set names: %r' % (clash,))
            self._ignore = names

    def _member_value(self, key, value):
        """Records `key` as a member and returns its value with auto() resolved."""
        if isinstance(value, member):
            value = value.value
        record_value = True
        if isinstance(value, auto) or (type(value) is tuple and any(isinstance(v, auto) for v in value)):
            parts = []
            for v in (value,) if isinstance(value, auto) else value:
                if isinstance(v, auto):
                    record_value = False
                    if v.value is _auto_null:
                        v.value = self._generate_next_value(
                            key, 1, len(self._member_names), self._last_values[:])
                        self._auto_called = True
                    v = v.value
                    self._last_values.append(v)
                parts.append(v)
            value = parts[0] if isinstance(value, auto) else tuple(parts)
        self._member_names[key] = None
        if record_value:
            self._last_values.append(value)
        return value

    def update(self, members, **more_members):
        if hasattr(members, 'keys'):
            for name in members.keys():
                self[name] = members[name]
        else:
            for name, value in members:
                self[name] = value
        for name, value in more_members.items():
            self[name] = value


class _PendingMember:
    """A member value in the class dict until type.__new__ names it (then it becomes a member)."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        type.__delattr__(enum_class, member_name)
        _add_member(enum_class, member_name, self.value)


def _add_member(enum_class, name, value):
    """Creates member `name` of `enum_class` (or makes it an alias of an equal earlier one)."""
    args = value if isinstance(value, tuple) else (value,)
    if enum_class._member_type_ is tuple:
        args = (args,)
    if enum_class._use_args_:
        new_member = enum_class._new_member_(enum_class, *args)
    else:
        new_member = enum_class._new_member_(enum_class)
    if not hasattr(new_member, '_value_'):
        if enum_class._member_type_ is object:
            new_member._value_ = value
        else:
            try:
                new_member._value_ = enum_class._member_type_(*args)
            except Exception as exc:
                err = TypeError('_value_ not set in __new__, unable to create it')
                err.__cause__ = exc
                raise err
    value = new_member._value_
    new_member._name_ = name
    new_member.__objclass__ = enum_class
    new_member.__init__(*args)
    new_member._sort_order_ = len(enum_class._member_names_)

    is_flag = Flag is not None and issubclass(enum_class, Flag)
    if is_flag:
        if isinstance(value, int):
            enum_class._flag_mask_ |= value
            if _is_single_bit(value):
                enum_class._singles_mask_ |= value
        enum_class._all_bits_ = 2 ** enum_class._flag_mask_.bit_length() - 1

    canonical = _find_by_value(enum_class, value)
    if canonical is not None:
        new_member = canonical          # an alias
    elif not is_flag or _is_single_bit(value):
        enum_class._member_names_.append(name)

    # A property of the same name on a base class (e.g. `name`, `value`) keeps working on
    # members; class access gives the member.
    inherited = None
    for base in enum_class.__mro__[1:]:
        d = base.__dict__.get(name)
        if d is None:
            continue
        if isinstance(d, (property, DynamicClassAttribute)):
            inherited = d
            break
        if hasattr(d, 'fget') and hasattr(d, 'fset') and hasattr(d, 'fdel'):
            inherited = d
    if inherited is not None:
        redirect = property(inherited.fget, inherited.fset, inherited.fdel)
        redirect.member = new_member
        redirect.__set_name__(enum_class, name)
        type.__setattr__(enum_class, name, redirect)
    else:
        type.__setattr__(enum_class, name, new_member)
    enum_class._member_map_[name] = new_member
    try:
        enum_class._value2member_map_.setdefault(value, new_member)
    except TypeError:
        enum_class._unhashable_values_.append(value)


def _find_by_value(enum_class, value):
    try:
        return enum_class._value2member_map_.get(value)
    except TypeError:
        for m in enum_class._member_map_.values():
            if m._value_ == value:
                return m
    return None


class EnumType(type):
    """
    Metaclass for Enum
    """

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        body = _ClassBody(cls)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            body['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return body

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        if _simple:
            return super().__new__(metacls, cls, bases, classdict, **kwds)
        ignored = classdict.setdefault('_ignore_', [])
        ignored.append('_ignore_')
        for key in ignored:
            classdict.pop(key, None)
        member_names = list(classdict._member_names)
        bad = [n for n in member_names if n in ('mro', '')]
        if bad:
            raise ValueError('invalid enum member name(s) %s' % ','.join(repr(n) for n in bad))
        order = classdict.pop('_order_', None)
        ns = dict(classdict.items())

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        new_member, save_new, use_args = metacls._find_new_(ns, member_type, first_enum)
        ns['_new_member_'] = new_member
        ns['_use_args_'] = use_args
        for name in member_names:
            ns[name] = _PendingMember(ns[name])
        ns['_member_names_'] = []
        ns['_member_map_'] = {}
        ns['_value2member_map_'] = {}
        ns['_unhashable_values_'] = []
        ns['_member_type_'] = member_type
        ns['_value_repr_'] = metacls._find_data_repr_(cls, bases)
        ns['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
        ns['_flag_mask_'] = 0
        ns['_singles_mask_'] = 0
        ns['_all_bits_'] = 0
        ns['_inverted_'] = None
        try:
            failure = None
            enum_class = super().__new__(metacls, cls, bases, ns, **kwds)
        except RuntimeError as e:
            # errors from __set_name__ may come wrapped: raise the original one
            failure = e.__cause__ or e
        if failure is not None:
            raise failure
        ns.update(enum_class.__dict__)

        metacls._settle_text_methods(enum_class, ns, bases, member_type, first_enum)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            for name in ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__'):
                if name not in ns:
                    setattr(enum_class, name, getattr(Flag, name))
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new_member
            enum_class.__new__ = Enum.__new__

        if isinstance(order, str):
            order = order.replace(',', ' ').split()
        if not is_flag and (Flag is not None or cls != 'Flag'):
            for name in ('_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_', '_inverted_'):
                delattr(enum_class, name)
        elif is_flag:
            values = [m._value_ for m in enum_class]
            if values != sorted(values):
                enum_class._iter_member_ = enum_class._iter_member_by_def_
            if order:
                order = [o for o in order
                         if o not in enum_class._member_map_ or _is_single_bit(enum_class[o]._value_)]
        if order:
            order = [o for o in order
                     if o not in enum_class._member_map_ or o in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, order))
        return enum_class

    @staticmethod
    def _settle_text_methods(enum_class, ns, bases, member_type, first_enum):
        """repr/str/format/reduce come from the enum side unless the class body defines them;
        ReprEnum mixins keep the data type's str() and format()."""
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e.'
                                ' int, str, float, etc.)')
            if '__format__' not in ns:
                enum_class.__format__ = member_type.__format__
                ns['__format__'] = enum_class.__format__
            if '__str__' not in ns:
                to_str = member_type.__str__
                if to_str is object.__str__:
                    to_str = member_type.__repr__
                enum_class.__str__ = to_str
                ns['__str__'] = enum_class.__str__
        for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
            if name in ns:
                continue
            found = getattr(enum_class, name)
            if found in (getattr(member_type, name), getattr(object, name)):
                setattr(enum_class, name, getattr(first_enum, name))

    def __bool__(cls):
        """
        classes/types should always be True.
        """
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """
        Either returns an existing member, or creates a new enum class.

        This method is used both when an enum class is given a value to match
        to an enumeration member (i.e. Color(3)) and for the functional API
        (i.e. Color = Enum('Color', names='RED GREEN BLUE')).
        """
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        """
        Return True if member is a member of this enum
        raises TypeError if member is not an enum member

        note: in 3.12 TypeError will no longer be raised, and True will also be
        returned if member is the value of a member in this enum
        """
        if not isinstance(member, Enum):
            import warnings
            warnings.warn(DeprecationWarning(
                "in 3.12 __contains__ will no longer raise TypeError, but will return True or\n"
                "False depending on whether the value is a member or the value of a member"),
                stacklevel=2)
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __dir__(cls):
        names = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'}
        names.update(cls._member_names_)
        if cls._new_member_ is not object.__new__:
            names.add('__new__')
        if cls.__init_subclass__ is not object.__init_subclass__:
            names.add('__init_subclass__')
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __getattr__(cls, name):
        """
        Return the enum member matching `name` (reached when a class-level lookup fails,
        e.g. through an enum.property without a member).
        """
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        """
        Return the member matching `name`.
        """
        return cls._member_map_[name]

    def __iter__(cls):
        """
        Return members in definition order.
        """
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        """
        Return the number of members (no aliases)
        """
        return len(cls._member_names_)

    @DynamicClassAttribute
    def __members__(cls):
        """
        Returns a mapping of member name->value.

        This mapping lists all enum members, including aliases. Note that this
        is a read-only view of the internal mapping.
        """
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        """
        Return members in reverse definition order.
        """
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        """
        Block attempts to reassign Enum members.
        """
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        """
        Convenience method to create a new Enum class (the functional API).

        `names` can be a string of names separated by spaces or commas, an iterable of
        names, an iterable of (name, value) pairs, or a mapping of names to values.
        """
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        body = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            pairs, previous = [], []
            for count, name in enumerate(names):
                value = first_enum._generate_next_value_(name, start, count, previous[:])
                previous.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names:
            if isinstance(item, str):
                body[item] = names[item]
            else:
                member_name, member_value = item
                body[member_name] = member_value
        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(body)
        else:
            body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError("<enum %r> cannot extend %r" % (class_name, base))

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """The data type of the members and the enum class that controls them."""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        return mcls._find_data_type_(class_name, bases) or object, first_enum

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                if '__repr__' in base.__dict__:
                    params = base.__dict__.get('__dataclass_params__')
                    if '__dataclass_fields__' in base.__dict__ and params is not None and params.repr:
                        return _dataclass_repr
                    return base.__dict__['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = set()
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        found.add(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    found.add(candidate or base)
                    break
                else:
                    candidate = candidate or base
        if len(found) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, found))
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The callable that creates members, whether the user defined it (to be kept as
        __new_member__), and whether it takes the member's value as arguments."""
        new = classdict.get('__new__')
        save_new = first_enum is not None and new is not None
        if new is None:
            skip = (None, None.__new__, object.__new__, Enum.__new__)
            for attr in ('__new_member__', '__new__'):
                for owner in (member_type, first_enum):
                    target = getattr(owner, attr, None)
                    if not any(target is s or target == s for s in skip):
                        new = target
                        break
                if new is not None:
                    break
            else:
                new = object.__new__
        use_args = not (first_enum is None or new is Enum.__new__ or new is object.__new__)
        return new, save_new, use_args

EnumMeta = EnumType


# ---------------------------------------------------------------------------------------------
# The base classes

class Enum(metaclass=EnumType):
    """
    Create a collection of name/value pairs.

    Example enumeration:

    >>> class Color(Enum):
    ...     RED = 1
    ...     BLUE = 2
    ...     GREEN = 3

    Access them by attribute (Color.RED), value (Color(1)) or name (Color['RED']).
    Enumerations can be iterated over, and know how many members they have.
    """

    def __new__(cls, value):
        # Members are made at class creation; this is the by-value lookup (Color(3), pickle).
        if type(value) is cls:
            return value
        found = _find_by_value(cls, value)
        if found is not None:
            return found
        hook_error = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            hook_error = e
            result = None
        if isinstance(result, cls):
            return result
        if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                and isinstance(result, int)):
            return result
        not_valid = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and hook_error is None:
            raise not_valid
        if hook_error is None:
            hook_error = TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                                   % (cls.__name__, result))
        if not isinstance(hook_error, ValueError):
            hook_error.__context__ = not_valid
        try:
            raise hook_error
        finally:
            hook_error = not_valid = None

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """
        Generate the next value when not given.

        name: the name of the member
        start: the initial start value or None
        count: the number of existing members
        last_values: the list of values assigned
        """
        if not last_values:
            return start
        try:
            newest = last_values[-1]
            if newest == sorted(last_values)[-1]:
                return newest + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn(
                "In 3.13 the default `auto()`/`_generate_next_value_` will require all values to be sortable and support adding +1\n"
                "and the value returned will be the largest value in the enum incremented by 1",
                DeprecationWarning, stacklevel=3)
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
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __dir__(self):
        """
        Returns all members and all public methods
        """
        base = {'__class__', '__doc__', '__eq__', '__hash__', '__module__'}
        if self.__class__._member_type_ is object:
            names = base | {'name', 'value'}
        else:
            names = set(object.__dir__(self))
        names.update(n for n in getattr(self, '__dict__', ()) if n[0] != '_')
        for cls in self.__class__.mro():
            for n, obj in cls.__dict__.items():
                if n[0] == '_' or isinstance(obj, Enum):
                    continue
                if isinstance(obj, property):
                    if obj.fget is not None or n not in self._member_map_:
                        names.add(n)
                    else:
                        names.discard(n)
                else:
                    names.add(n)
        return sorted(base | names)

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    # `name` and `value` are enum.property objects so that members may also be called
    # `name` or `value`.

    @property
    def name(self):
        """The name of the Enum member."""
        return self._name_

    @property
    def value(self):
        """The value of the Enum member."""
        return self._value_


class ReprEnum(Enum):
    """
    Only changes the repr(), leaving str() and format() to the mixed-in type.
    """


class IntEnum(int, ReprEnum):
    """
    Enum where members are also (and must be) ints
    """


class StrEnum(str, ReprEnum):
    """
    Enum where members are also (and must be) strings
    """

    def __new__(cls, *values):
        "values must already be of type `str`"
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values,))
        if len(values) >= 1 and not isinstance(values[0], str):
            raise TypeError('%r is not a string' % (values[0],))
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError('encoding must be a string, not %r' % (values[1],))
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError('errors must be a string, not %r' % (values[2]))
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        """
        Return the lower-cased version of the member name.
        """
        return name.lower()


def pickle_by_global_name(self, proto):
    # should not be used with Flag-type enums
    return self.name
_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    # should not be used with Flag-type enums
    return getattr, (self.__class__, self._name_)


class FlagBoundary(StrEnum):
    """
    control how out of range values are handled
    "strict" -> error is raised             [default for Flag]
    "conform" -> extra bits are discarded
    "eject" -> lose flag status
    "keep" -> keep flag status and all bits [default for IntFlag]
    """
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()
STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """
    Support for flags
    """

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """
        Generate the next value when not given.

        name: the name of the member
        start: the initial start value or None
        count: the number of existing members
        last_values: the last value assigned or None
        """
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            return 2 ** (_high_bit(highest) + 1)
        except Exception:
            raise TypeError('invalid flag value %r' % highest) from None

    @classmethod
    def _iter_member_by_value_(cls, value):
        """
        Extract all members from the value in definition (i.e. increasing value) order.
        """
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """
        Extract all members from the value in definition order.
        """
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """
        Create a composite member containing all canonical members present in `value`.

        If non-member values are present, result depends on `_boundary_` setting.
        """
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        boundary = cls._boundary_
        negative = None
        out_of_range = not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask)
        if out_of_range:
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, bin(value, width), bin(flag_mask, width)))
            elif boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError('%r unknown flag boundary %r' % (cls, boundary))
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        aliases = value & ~cls._singles_mask_
        single_bits = value & cls._singles_mask_
        if unknown and boundary is not KEEP:
            raise ValueError('%s(%r) -->  unknown values %r [%s]'
                             % (cls.__name__, value, unknown, bin(unknown)))
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if single_bits or aliases:
            parts = list(cls._iter_member_(single_bits))
            covered = 0
            for m in parts:
                covered |= m._value_
            if aliases:
                value = single_bits | aliases
                for m in cls._member_map_.values():
                    if m not in parts and m._value_ and m._value_ & value == m._value_:
                        parts.append(m)
                        covered |= m._value_
            unknown = value ^ covered
            pseudo._name_ = '|'.join(m._name_ for m in parts)
            if not covered:
                pseudo._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo._name_ = None
        if not unknown:
            pseudo = cls._value2member_map_.setdefault(value, pseudo)
            if negative is not None:
                cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        """
        Returns True if self has at least the same flags set as other.
        """
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        """
        Returns flags in definition order.
        """
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (self.__class__.__name__, v_repr(self._value_))
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _operand(self, other):
        if isinstance(other, self.__class__):
            return other._value_
        if self._member_type_ is not object and isinstance(other, self._member_type_):
            return other
        return None

    def __or__(self, other):
        v = self._operand(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        if v is None:
            return NotImplemented
        return self.__class__(self._value_ ^ v)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """
    Support for integer-based Flags
    """


# ---------------------------------------------------------------------------------------------
# Decorators and global helpers

def unique(enumeration):
    """
    Class decorator for enumerations ensuring unique member values.
    """
    aliases = [(alias, m.name) for alias, m in enumeration.__members__.items() if alias != m.name]
    if aliases:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join('%s -> %s' % pair for pair in aliases)))
    return enumeration


def global_enum_repr(self):
    """
    use module.enum_name instead of class.enum_name

    the module is the last module in case of a multi-module name
    """
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """
    use module.flag_name instead of class.flag_name

    the module is the last module in case of a multi-module name
    """
    module = self.__class__.__module__.split('.')[-1]
    if self._name_ is None:
        return "%s.%s(%r)" % (module, self.__class__.__name__, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    parts = self._name_.split('|')
    if self._boundary_ is not KEEP:
        return '|'.join('%s.%s' % (module, p) for p in parts)
    return '|'.join(p if p[0].isdigit() else '%s.%s' % (module, p) for p in parts)


def global_str(self):
    """
    use enum_name instead of class.enum_name
    """
    if self._name_ is None:
        return "%s(%r)" % (self.__class__.__name__, self._value_)
    return self._name_


def global_enum(cls, update_str=False):
    """
    decorator that makes the repr() of an enum member reference its module
    instead of its class; also exports all members to the enum's module's
    global namespace
    """
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


class EnumCheck(StrEnum):
    """
    various conditions to check an enumeration for
    """
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"
CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """
    Check an enumeration for various constraints. (see EnumCheck)
    """
    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        if Flag is not None and issubclass(enumeration, Flag):
            kind = 'flag'
        elif issubclass(enumeration, Enum):
            kind = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                aliases = [(a, m.name) for a, m in enumeration.__members__.items() if a != m.name]
                if aliases:
                    raise ValueError('aliases found in %r: %s'
                                     % (enumeration, ', '.join('%s -> %s' % p for p in aliases)))
            elif check is CONTINUOUS:
                self._check_continuous(enumeration, kind)
            elif check is NAMED_FLAGS:
                self._check_named_flags(enumeration)
        return enumeration

    @staticmethod
    def _check_continuous(enumeration, kind):
        values = {m.value for m in enumeration}
        if len(values) < 2:
            return
        low, high = min(values), max(values)
        if kind == 'flag':
            missing = [2 ** i for i in range(_high_bit(low) + 1, _high_bit(high)) if 2 ** i not in values]
        else:
            missing = [i for i in range(low + 1, high) if i not in values]
        if missing:
            message = 'invalid %s %r: missing values %s' % (
                kind, enumeration.__name__, ', '.join(str(m) for m in missing))
            raise ValueError(message[:256])

    @staticmethod
    def _check_named_flags(enumeration):
        canonical = enumeration._member_names_
        known = [m.value for m in enumeration]
        missing_names = []
        missing_value = 0
        for name, alias in enumeration._member_map_.items():
            if name in canonical or alias.value < 0:
                continue
            missed = [v for v in _iter_bits_lsb(alias.value) if v not in known]
            if missed:
                missing_names.append(name)
                for v in missed:
                    missing_value |= v
        if not missing_names:
            return
        if len(missing_names) == 1:
            which = 'alias %s is missing' % missing_names[0]
        else:
            which = 'aliases %s and %s are missing' % (', '.join(missing_names[:-1]), missing_names[-1])
        if _is_single_bit(missing_value):
            value = 'value 0x%x' % missing_value
        else:
            value = 'combined values of 0x%x' % missing_value
        raise ValueError('invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                         % (enumeration.__name__, which, value))
