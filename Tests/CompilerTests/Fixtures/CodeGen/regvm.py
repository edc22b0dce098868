#!/usr/bin/env python3
"""A reference interpreter for swiftpy's register bytecode, written with CPython's objects.

It executes the JSON the CodeGen tests write for a compiled module (CodeGenSupport.json) and
follows Sources/PyCompiler/Bytecode/Opcode.swift instruction by instruction, so the code
generator's output can be checked end to end against CPython before swiftpy's interpreter
exists. It is strict where the compiler could be wrong: reading an unbound temporary, or a
register emptied by a move flag, is an internal error.

Usage: regvm.py MODULE.json     (prints what the program prints; uncaught exceptions are
reported on stderr as "Traceback (most recent call last):" + "Type: message").
"""
import builtins
import collections.abc
import json
import math
import operator
import os
import sys
import types


class _Unbound:
    def __repr__(self):
        return "<unbound>"


UNBOUND = _Unbound()
NO_REGISTER = 0xFFFFF
SBX_BIAS = 1 << 39

GENERATOR = 0x20
COROUTINE = 0x80
ITERABLE_COROUTINE = 0x100
ASYNC_GENERATOR = 0x200
OPTIMIZED = 0x1


class InternalError(Exception):
    """A compiler bug detected while interpreting."""


class StopWrapper(Exception):
    """A StopIteration leaving a plain (non-generator) frame."""

    def __init__(self, exc):
        self.exc = exc


def drive(g):
    """Runs a plain frame's generator to its return value."""
    try:
        g.send(None)
    except StopIteration as e:
        return e.value
    except StopWrapper as w:
        raise w.exc.with_traceback(w.exc.__traceback__) from None
    raise InternalError("a plain frame yielded")


OPNAMES = []
CACHE = {"LOAD_GLOBAL": 1, "CALL": 1, "CALL_METHOD": 1, "MATCH_CLASS": 1,
         "LOAD_ATTR": 2, "STORE_ATTR": 2, "LOAD_METHOD": 2}


class Code:
    def __init__(self, d):
        self.name = d["name"]
        self.qualname = d["qualname"]
        self.filename = d["filename"]
        self.firstlineno = d["firstlineno"]
        self.argcount = d["argcount"]
        self.posonlyargcount = d["posonlyargcount"]
        self.kwonlyargcount = d["kwonlyargcount"]
        self.flags = d["flags"]
        self.nregs = d["nregs"]
        self.varnames = d["varnames"]
        self.cellvars = d["cellvars"]
        self.freevars = d["freevars"]
        self.names = d["names"]
        self.consts = [const(c) for c in d["consts"]]
        self.words = d["code"]
        self.positions = d["positions"]
        self.exctable = d["exctable"]
        self.nlocals = len(self.varnames)
        self.cellbase = self.nlocals
        self.firsttemp = self.nlocals + len(self.cellvars) + len(self.freevars)
        self.decoded = {}
        k = 0
        while k < len(self.words):
            w = self.words[k]
            name = OPNAMES[w & 0xFF]
            self.decoded[k] = (name, w)
            k += 1 + CACHE.get(name, 0)

    def __repr__(self):
        return "<code %s>" % self.qualname


def const(c):
    t = c["t"]
    if t == "none":
        return None
    if t == "ellipsis":
        return ...
    if t == "bool":
        return c["v"]
    if t == "int":
        return int(c["v"])
    if t == "float":
        return float(c["v"])
    if t == "complex":
        return complex(float(c["re"]), float(c["im"]))
    if t == "str":
        return "".join(chr(x) for x in c["v"])
    if t == "bytes":
        return bytes(c["v"])
    if t == "tuple":
        return tuple(const(x) for x in c["v"])
    if t == "frozenset":
        return frozenset(const(x) for x in c["v"])
    if t == "code":
        return Code(c["v"])
    raise InternalError("bad constant " + t)


class Cell:
    __slots__ = ("v",)

    def __init__(self, v=UNBOUND):
        self.v = v

    @property
    def cell_contents(self):
        if self.v is UNBOUND:
            raise ValueError("Cell is empty")
        return self.v


class Wrapped:
    """An async generator's yielded value (asyncGenWrap)."""
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


# The exception being handled (sys.exc_info()[1] of the interpreted program).
EXC_STATE = [None]


class Function:
    def __init__(self, code, globals_, defaults, kwdefaults, annotations, closure):
        self.__code__ = code
        self.__globals__ = globals_
        self.__name__ = code.name
        self.__qualname__ = code.qualname
        self.__defaults__ = defaults
        self.__kwdefaults__ = kwdefaults
        self.__closure__ = closure
        self.__annotations__ = annotations if annotations is not None else {}
        doc = code.consts[0] if code.consts and code.flags & OPTIMIZED else None
        self.__doc__ = doc if isinstance(doc, str) else None
        self.__module__ = globals_.get("__name__")
        self.__dict__.setdefault("__wrapped_by_regvm__", True)

    def __call__(self, *args, **kwargs):
        return call_function(self, args, kwargs)

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return types.MethodType(self, obj)

    def __repr__(self):
        return "<function %s at 0x%x>" % (self.__qualname__, id(self))


class Generator:
    """Generator, coroutine or async-generator object around a frame run as a Python
    generator."""

    def __init__(self, func, frame, kind):
        self.__name__ = func.__name__
        self.__qualname__ = func.__qualname__
        self._frame = frame
        self._gen = run_frame(frame)
        self._kind = kind
        self._exc_state = None
        self.gi_running = False

    def _resume(self, how, arg):
        # The handled exception is saved and restored around the frame, as gi_exc_state.
        outer = EXC_STATE[0]
        EXC_STATE[0] = self._exc_state
        try:
            if how == 0:
                return self._gen.send(arg)
            if how == 1:
                return self._gen.throw(arg)
            return self._gen.close()
        finally:
            self._exc_state = EXC_STATE[0]
            EXC_STATE[0] = outer

    def send(self, value):
        return self._resume(0, value)

    def throw(self, typ, val=None, tb=None):
        if isinstance(typ, BaseException):
            exc = typ
        elif val is None:
            exc = typ()
        elif isinstance(val, BaseException):
            exc = val
        else:
            exc = typ(val)
        return self._resume(1, exc)

    def close(self):
        return self._resume(2, None)

    def __repr__(self):
        kind = {"generator": "generator", "coroutine": "coroutine"}.get(self._kind, self._kind)
        return "<%s object %s at 0x%x>" % (kind, self.__qualname__, id(self))


class GeneratorObject(Generator):
    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)


class CoroutineObject(Generator):
    def __await__(self):
        return CoroutineWrapper(self)


collections.abc.Coroutine.register(CoroutineObject)


class CoroutineWrapper:
    def __init__(self, coro):
        self.coro = coro

    def __iter__(self):
        return self

    def __next__(self):
        return self.coro.send(None)

    def send(self, v):
        return self.coro.send(v)

    def throw(self, *a):
        return self.coro.throw(*a)

    def close(self):
        return self.coro.close()


class AsyncGeneratorObject(Generator):
    def __aiter__(self):
        return self

    def __anext__(self):
        return AsyncGenStep(self, None, None)

    def asend(self, value):
        return AsyncGenStep(self, value, None)

    def athrow(self, typ, val=None, tb=None):
        exc = typ if isinstance(typ, BaseException) else (typ() if val is None else val)
        return AsyncGenStep(self, None, exc)

    def aclose(self):
        return AsyncGenStep(self, None, GeneratorExit(), closing=True)


class AsyncGenStep:
    """The awaitable of one __anext__/asend/athrow."""

    def __init__(self, agen, value, exc, closing=False):
        self.agen, self.value, self.exc, self.closing = agen, value, exc, closing
        self.started = False

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def _result(self, r):
        if isinstance(r, Wrapped):
            if self.closing:
                raise RuntimeError("async generator ignored GeneratorExit")
            raise StopIteration(r.v)
        return r

    def send(self, v):
        try:
            if not self.started:
                self.started = True
                if self.exc is not None:
                    r = self.agen._resume(1, self.exc)
                else:
                    r = self.agen._resume(0, self.value)
            else:
                r = self.agen._resume(0, v)
        except StopIteration:
            if self.closing:
                raise StopIteration(None)
            raise StopAsyncIteration()
        except GeneratorExit:
            if self.closing:
                raise StopIteration(None)
            raise
        return self._result(r)

    def throw(self, *a):
        exc = a[0] if isinstance(a[0], BaseException) else a[0]()
        try:
            r = self.agen._resume(1, exc)
        except StopIteration:
            raise StopAsyncIteration()
        return self._result(r)

    def close(self):
        pass


def call_function(func, args, kwargs):
    code = func.__code__
    regs = [UNBOUND] * code.nregs
    bind_arguments(func, code, regs, args, kwargs)
    frame = Frame(code, func.__globals__, None, regs, func)
    kind = code.flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR | ITERABLE_COROUTINE)
    if kind & ASYNC_GENERATOR:
        return AsyncGeneratorObject(func, frame, "async_generator")
    if kind & COROUTINE:
        return CoroutineObject(func, frame, "coroutine")
    if kind & (GENERATOR | ITERABLE_COROUTINE):
        return GeneratorObject(func, frame, "generator")
    return drive(run_frame(frame))


def bind_arguments(func, code, regs, args, kwargs):
    name = func.__qualname__
    nargs = code.argcount
    nkw = code.kwonlyargcount
    posonly = code.posonlyargcount
    varargs = bool(code.flags & 0x4)
    varkw = bool(code.flags & 0x8)
    params = code.varnames[:nargs]
    kwonly = code.varnames[nargs:nargs + nkw]
    n = min(len(args), nargs)
    for i in range(n):
        regs[i] = args[i]
    i = nargs + nkw
    if varargs:
        regs[i] = tuple(args[nargs:])
        i += 1
    elif len(args) > nargs:
        raise TypeError("%s() takes %d positional arguments but %d were given" % (name, nargs, len(args)))
    kwdict = {} if varkw else None
    for k, v in kwargs.items():
        if k in params[posonly:]:
            idx = params.index(k)
            if regs[idx] is not UNBOUND:
                raise TypeError("%s() got multiple values for argument '%s'" % (name, k))
            regs[idx] = v
        elif k in kwonly:
            regs[nargs + kwonly.index(k)] = v
        elif kwdict is not None:
            kwdict[k] = v
        else:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (name, k))
    if varkw:
        regs[i] = kwdict
    defaults = func.__defaults__ or ()
    for j in range(nargs):
        if regs[j] is UNBOUND:
            d = j - (nargs - len(defaults))
            if d >= 0:
                regs[j] = defaults[d]
            else:
                raise TypeError("%s() missing required positional argument: '%s'" % (name, params[j]))
    kwdefaults = func.__kwdefaults__ or {}
    for j, k in enumerate(kwonly):
        if regs[nargs + j] is UNBOUND:
            if k in kwdefaults:
                regs[nargs + j] = kwdefaults[k]
            else:
                raise TypeError("%s() missing required keyword-only argument: '%s'" % (name, k))
    closure = func.__closure__ or ()
    base = code.cellbase + len(code.cellvars)
    for j, cell in enumerate(closure):
        regs[base + j] = cell


class Frame:
    def __init__(self, code, globals_, locals_, regs, func):
        self.code = code
        self.globals = globals_
        self.locals = locals_
        self.regs = regs
        self.func = func
        self.builtins = globals_.get("__builtins__", builtins)
        if isinstance(self.builtins, types.ModuleType):
            self.builtins = self.builtins.__dict__


def build_class(func, name, *bases, metaclass=None, **kwds):
    orig_bases = bases
    bases = types.resolve_bases(bases)
    if metaclass is not None:
        kwds["metaclass"] = metaclass
    meta, ns, kwds = types.prepare_class(name, bases, kwds)
    code = func.__code__
    regs = [UNBOUND] * code.nregs
    closure = func.__closure__ or ()
    base = code.cellbase + len(code.cellvars)
    for j, cell in enumerate(closure):
        regs[base + j] = cell
    frame = Frame(code, func.__globals__, ns, regs, func)
    cell = drive(run_frame(frame))
    if bases is not orig_bases and bases != orig_bases:
        ns["__orig_bases__"] = orig_bases
    classcell = ns.pop("__classcell__", None) if hasattr(ns, "pop") else None
    # type.__new__ makes these implicit class/static methods only for real functions.
    for implicit, wrapper in (("__init_subclass__", classmethod), ("__class_getitem__", classmethod),
                              ("__new__", staticmethod)):
        if isinstance(ns.get(implicit), Function):
            ns[implicit] = wrapper(ns[implicit])
    cls = meta(name, bases, ns, **kwds)
    if isinstance(cell, Cell):
        if classcell is not cell:
            raise InternalError("__classcell__ is not the returned cell")
        cell.v = cls
    return cls


def is_exception_class(x):
    return isinstance(x, type) and issubclass(x, BaseException)


def check_except_type(t):
    if isinstance(t, tuple):
        return all(is_exception_class(x) for x in t)
    return is_exception_class(t)


def exception_group_match(exc, match_type):
    if exc is None:
        return None, None
    if isinstance(match_type, tuple):
        types_ = match_type
    else:
        types_ = (match_type,)
    for t in types_:
        if not is_exception_class(t):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
    if isinstance(exc, match_type):
        if isinstance(exc, BaseExceptionGroup):
            return exc, None
        group = BaseExceptionGroup("", [exc])
        return group, None
    if isinstance(exc, BaseExceptionGroup):
        match, rest = exc.split(match_type)
        return match, rest
    return None, exc


def leaf_ids(e, out):
    if isinstance(e, BaseExceptionGroup):
        for x in e.exceptions:
            leaf_ids(x, out)
    else:
        out.add(id(e))


def same_metadata(a, b):
    return (getattr(a, "__notes__", None) is getattr(b, "__notes__", None)
            and a.__traceback__ is b.__traceback__ and a.__cause__ is b.__cause__
            and a.__context__ is b.__context__)


def prep_reraise_star(orig, excs):
    excs = [e for e in excs if e is not None]
    if not excs:
        return None
    if not isinstance(orig, BaseExceptionGroup):
        return excs[0]
    raised, reraised = [], []
    for e in excs:
        (reraised if same_metadata(e, orig) else raised).append(e)
    ids = set()
    for e in reraised:
        leaf_ids(e, ids)
    reraised_eg = orig.split(lambda leaf: id(leaf) in ids)[0] if ids else None
    if not raised:
        return reraised_eg
    if reraised_eg is not None:
        raised.append(reraised_eg)
    if len(raised) > 1:
        return ExceptionGroup("", raised)
    return raised[0]


MATCH_SELF = (bool, bytearray, bytes, dict, float, frozenset, int, list, set, str, tuple)


def match_class(subject, cls, nargs, names):
    if not isinstance(cls, type):
        raise TypeError("called match pattern must be a type")
    if not isinstance(subject, cls):
        return None
    seen = []
    out = []
    dummy = object()

    def lookup(name):
        if name in seen:
            raise TypeError("%s() got multiple sub-patterns for attribute %r" % (cls.__name__, name))
        seen.append(name)
        v = getattr(subject, name, dummy)
        return v

    if nargs:
        match_self = False
        try:
            match_args = cls.__match_args__
        except AttributeError:
            match_args = None
        if match_args is None:
            if cls in MATCH_SELF or any(issubclass(cls, t) and cls.__dict__.get("__match_args__") is None for t in MATCH_SELF) and not hasattr(cls, "__match_args__"):
                match_self = True
                match_args = ()
            else:
                match_args = ()
        elif not isinstance(match_args, tuple):
            raise TypeError("%s.__match_args__ must be a tuple (got %s)" % (cls.__name__, type(match_args).__name__))
        allowed = 1 if match_self else len(match_args)
        if allowed < nargs:
            plural = "" if allowed == 1 else "s"
            raise TypeError("%s() accepts %d positional sub-pattern%s (%d given)" % (cls.__name__, allowed, plural, nargs))
        if match_self:
            out.append(subject)
        else:
            for i in range(nargs):
                name = match_args[i]
                if not isinstance(name, str):
                    raise TypeError("__match_args__ elements must be strings (got %s)" % type(name).__name__)
                v = lookup(name)
                if v is dummy:
                    return None
                out.append(v)
    for name in names:
        v = lookup(name)
        if v is dummy:
            return None
        out.append(v)
    return tuple(out)


def is_sequence_for_match(x):
    if isinstance(x, (str, bytes, bytearray)):
        return False
    return isinstance(x, collections.abc.Sequence)


def is_mapping_for_match(x):
    return isinstance(x, collections.abc.Mapping)


BINARY = {
    "ADD": operator.add, "SUB": operator.sub, "MUL": operator.mul, "MAT_MUL": operator.matmul,
    "TRUE_DIV": operator.truediv, "FLOOR_DIV": operator.floordiv, "MOD": operator.mod,
    "POW": operator.pow, "LSHIFT": operator.lshift, "RSHIFT": operator.rshift,
    "AND": operator.and_, "OR": operator.or_, "XOR": operator.xor,
    "INPLACE_ADD": operator.iadd, "INPLACE_SUB": operator.isub, "INPLACE_MUL": operator.imul,
    "INPLACE_MAT_MUL": operator.imatmul, "INPLACE_TRUE_DIV": operator.itruediv,
    "INPLACE_FLOOR_DIV": operator.ifloordiv, "INPLACE_MOD": operator.imod,
    "INPLACE_POW": operator.ipow, "INPLACE_LSHIFT": operator.ilshift,
    "INPLACE_RSHIFT": operator.irshift, "INPLACE_AND": operator.iand, "INPLACE_OR": operator.ior,
    "INPLACE_XOR": operator.ixor,
    "LT": operator.lt, "LE": operator.le, "EQ": operator.eq, "NE": operator.ne,
    "GT": operator.gt, "GE": operator.ge,
    "IS": operator.is_, "IS_NOT": operator.is_not,
    "CONTAINS": lambda a, b: a in b, "NOT_CONTAINS": lambda a, b: a not in b,
}
UNARY = {"NEG": operator.neg, "POS": operator.pos, "INVERT": operator.invert, "NOT": operator.not_}


def type_name(x):
    return type(x).__name__


def run_frame(frame):
    """Executes a frame; a Python generator yielding what the frame yields."""
    code = frame.code
    regs = frame.regs
    names = code.names
    consts = code.consts
    decoded = code.decoded
    pc = 0
    pending = None  # exception to raise at the current instruction (thrown in)

    def read(r):
        v = regs[r]
        if v is UNBOUND:
            raise InternalError("%s @%d (%s): read of unbound register R%d" % (code.qualname, pc, decoded[pc][0], r))
        return v

    while True:
        name, w = decoded[pc]
        a = (w >> 8) & 0xFFFF
        b = (w >> 24) & 0xFFFFF
        c = w >> 44
        amoved = a & 0x8000
        a &= 0x7FFF
        bmoved = b & 0x80000
        b &= 0x7FFFF
        cmoved = c & 0x80000
        c &= 0x7FFFF
        bx = w >> 24
        nextpc = pc + 1 + CACHE.get(name, 0)
        try:
            if pending is not None:
                exc, pending = pending, None
                raise exc
            if name == "YIELD_VALUE":
                value = read(b)
                if bmoved:
                    regs[b] = UNBOUND
                try:
                    sent = yield value
                    regs[a] = sent
                except BaseException as e:  # thrown in
                    delegate = delegation(code, pc)
                    if delegate is None:
                        pending = e
                        continue
                    # forward to the sub-iterator, as gen_throw does
                    va, vb, target = delegate
                    sub = regs[vb]
                    if isinstance(e, GeneratorExit):
                        close = getattr(sub, "close", None)
                        if close is not None:
                            close()
                        pending = e
                        pc = pc - 1
                        continue
                    throw = getattr(sub, "throw", None)
                    if throw is None:
                        pending = e
                        continue
                    try:
                        regs[va] = throw(e)
                        pc = pc  # yield again
                        continue
                    except StopIteration as si:
                        regs[va] = si.value
                        pc = target
                        continue
                    except BaseException as inner:
                        pending = inner
                        pc = pc - 1
                        continue
                pc = nextpc
                continue
            result = execute(frame, name, a, b, c, bx, pc)
            if result is None:
                clear_moved(frame, name, a, b, c, amoved, bmoved, cmoved)
                pc = nextpc
            elif result[0] == "jump":
                clear_moved(frame, name, a, b, c, amoved, bmoved, cmoved)
                pc = result[1]
            elif result[0] == "return":
                return result[1]
        except InternalError:
            raise
        except BaseException as exc:
            if isinstance(exc, StopIteration) and name == "FOR_ITER":
                raise InternalError("StopIteration leaked from FOR_ITER")
            if EXC_STATE[0] is not None and exc is not EXC_STATE[0] and exc.__context__ is None:
                exc.__context__ = EXC_STATE[0]
            handler = None
            for start, end, target, reg in code.exctable:
                if start <= pc < end:
                    handler = (target, reg)
                    break
            if handler is None:
                if isinstance(exc, StopIteration) and not code.flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR | ITERABLE_COROUTINE):
                    # A plain frame raising StopIteration: carry it out of this Python generator
                    # untouched (only real generators turn it into RuntimeError).
                    raise StopWrapper(exc)
                raise
            regs[handler[1]] = exc
            pc = handler[0]


def delegation(code, pc):
    """The `send` before a `yieldValue A A` of a yield-from/await loop: (A, iterator, target)."""
    k = pc - 1
    if k in code.decoded and code.decoded[k][0] == "SEND":
        w = code.decoded[k][1]
        a = (w >> 8) & 0x7FFF
        b = (w >> 24) & 0x7FFFF
        c = (w >> 44) & 0x7FFFF
        return a, b, c
    return None


ABX = ("LOAD_CONST", "LOAD_INT", "JUMP", "JUMP_IF_TRUE", "JUMP_IF_FALSE", "JUMP_IF_NONE",
       "JUMP_IF_NOT_NONE")


def clear_moved(frame, name, a, b, c, amoved, bmoved, cmoved):
    regs = frame.regs
    if name in ABX:
        if amoved:
            regs[a] = UNBOUND
        return
    if name in ("BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_STRING", "BUILD_SLICE"):
        if bmoved:
            for r in range(b, b + c):
                regs[r] = UNBOUND
        return
    if name == "BUILD_MAP":
        if bmoved:
            for r in range(b, b + 2 * c):
                regs[r] = UNBOUND
        return
    if name == "FORMAT_VALUE":
        if bmoved:
            regs[b] = UNBOUND
            if c & 4:
                regs[b + 1] = UNBOUND
        return
    if name == "IMPORT_NAME":
        if cmoved:
            regs[c] = UNBOUND
            regs[c + 1] = UNBOUND
        return
    if name == "MAKE_CELL" and b == 0x7FFFF:
        return  # B is noRegister (whose bits include the move flag)
    if amoved:
        regs[a] = UNBOUND
    if bmoved:
        regs[b] = UNBOUND
    if cmoved:
        regs[c] = UNBOUND


def execute(frame, name, a, b, c, bx, pc):
    """One instruction (except yieldValue). Returns None, ("jump", target) or ("return", v)."""
    code = frame.code
    regs = frame.regs

    def R(r):
        v = regs[r]
        if v is UNBOUND:
            raise InternalError("%s @%d (%s): read of unbound register R%d" % (code.qualname, pc, name, r))
        return v

    if name in BINARY:
        regs[a] = BINARY[name](R(b), R(c))
        return None
    if name in UNARY:
        regs[a] = UNARY[name](R(b))
        return None
    if name == "NOP":
        return None
    if name == "MOVE":
        regs[a] = R(b)
        return None
    if name == "LOAD_CONST":
        v = code.consts[bx]
        if isinstance(v, Code):
            raise InternalError("code constant loaded")
        regs[a] = v
        return None
    if name == "LOAD_INT":
        regs[a] = bx - SBX_BIAS
        return None
    if name == "LOAD_NONE":
        regs[a] = None
        return None
    if name == "LOAD_TRUE":
        regs[a] = True
        return None
    if name == "LOAD_FALSE":
        regs[a] = False
        return None
    if name == "CHECK_BOUND":
        if regs[a] is UNBOUND:
            raise UnboundLocalError("cannot access local variable '%s' where it is not associated with a value" % code.varnames[b])
        return None
    if name == "DELETE_FAST":
        if regs[a] is UNBOUND:
            raise UnboundLocalError("cannot access local variable '%s' where it is not associated with a value" % code.varnames[b])
        regs[a] = UNBOUND
        return None
    if name == "CLEAR":
        regs[a] = UNBOUND
        return None
    if name == "LOAD_GLOBAL":
        n = code.names[b]
        if n in frame.globals:
            regs[a] = frame.globals[n]
        elif n in frame.builtins:
            regs[a] = builtin_value(frame, n)
        else:
            raise NameError("name '%s' is not defined" % n)
        return None
    if name == "STORE_GLOBAL":
        frame.globals[code.names[b]] = R(a)
        return None
    if name == "DELETE_GLOBAL":
        n = code.names[b]
        if n not in frame.globals:
            raise NameError("name '%s' is not defined" % n)
        del frame.globals[n]
        return None
    if name == "LOAD_NAME":
        n = code.names[b]
        ns = frame.locals if frame.locals is not None else frame.globals
        try:
            regs[a] = ns[n]
            return None
        except KeyError:
            pass
        if n in frame.globals:
            regs[a] = frame.globals[n]
        elif n in frame.builtins:
            regs[a] = builtin_value(frame, n)
        else:
            raise NameError("name '%s' is not defined" % n)
        return None
    if name == "STORE_NAME":
        ns = frame.locals if frame.locals is not None else frame.globals
        ns[code.names[b]] = R(a)
        return None
    if name == "DELETE_NAME":
        ns = frame.locals if frame.locals is not None else frame.globals
        n = code.names[b]
        try:
            del ns[n]
        except KeyError:
            raise NameError("name '%s' is not defined" % n) from None
        return None
    if name == "LOAD_CLASS_DEREF":
        n = code.names[c]
        if frame.locals is not None and n in frame.locals:
            regs[a] = frame.locals[n]
            return None
        cell = R(b)
        if cell.v is UNBOUND:
            raise NameError("cannot access free variable '%s' where it is not associated with a value in enclosing scope" % n)
        regs[a] = cell.v
        return None
    if name == "MAKE_CELL":
        regs[a] = Cell(UNBOUND if b == 0x7FFFF else R(b))
        return None
    if name == "LOAD_DEREF":
        cell = R(b)
        if cell.v is UNBOUND:
            raise deref_error(code, c)
        regs[a] = cell.v
        return None
    if name == "STORE_DEREF":
        R(a).v = R(b)
        return None
    if name == "DELETE_DEREF":
        cell = R(a)
        if cell.v is UNBOUND:
            raise deref_error(code, c)
        cell.v = UNBOUND
        return None
    if name == "LOAD_ATTR":
        regs[a] = getattr(R(b), code.names[c])
        return None
    if name == "STORE_ATTR":
        setattr(R(a), code.names[b], R(c))
        return None
    if name == "DELETE_ATTR":
        delattr(R(a), code.names[b])
        return None
    if name == "LOAD_METHOD":
        obj = R(b)
        regs[a] = getattr(obj, code.names[c])
        regs[a + 1] = UNBOUND
        return None
    if name == "SUBSCR":
        regs[a] = R(b)[R(c)]
        return None
    if name == "STORE_SUBSCR":
        R(a)[R(b)] = R(c)
        return None
    if name == "DELETE_SUBSCR":
        del R(a)[R(b)]
        return None
    if name == "BUILD_SLICE":
        regs[a] = slice(*[R(b + i) for i in range(c)])
        return None
    if name == "JUMP":
        return ("jump", bx)
    if name == "JUMP_IF_TRUE":
        return ("jump", bx) if R(a) else None
    if name == "JUMP_IF_FALSE":
        return None if R(a) else ("jump", bx)
    if name == "JUMP_IF_NONE":
        return ("jump", bx) if R(a) is None else None
    if name == "JUMP_IF_NOT_NONE":
        return ("jump", bx) if R(a) is not None else None
    if name == "GET_ITER":
        regs[a] = iter(R(b))
        return None
    if name == "FOR_ITER":
        it = R(a)
        try:
            regs[b] = next(it)
        except StopIteration:
            return ("jump", c)
        return None
    if name == "CALL":
        func = R(a)
        args = [R(a + 1 + i) for i in range(b)]
        for i in range(b):
            regs[a + 1 + i] = UNBOUND
        kwnames = code.consts[c - 1] if c else ()
        npos = len(args) - len(kwnames)
        regs[a] = do_call(frame, func, args[:npos], dict(zip(kwnames, args[npos:])))
        return None
    if name == "CALL_METHOD":
        func = R(a)
        self_ = regs[a + 1]
        args = [R(a + 2 + i) for i in range(b)]
        for i in range(b + 1):
            regs[a + 1 + i] = UNBOUND
        kwnames = code.consts[c - 1] if c else ()
        npos = len(args) - len(kwnames)
        pos = args[:npos] if self_ is UNBOUND else [self_] + args[:npos]
        regs[a] = do_call(frame, func, pos, dict(zip(kwnames, args[npos:])))
        return None
    if name == "CALL_EX":
        func = R(a)
        args = R(a + 1)
        if not isinstance(args, tuple):
            try:
                args = tuple(args)
            except TypeError:
                if not hasattr(args, "__iter__"):
                    raise TypeError("%s argument after * must be an iterable, not %s" % (func_name(func), type_name(args))) from None
                raise
        kwargs = R(a + 2) if b else {}
        regs[a + 1] = UNBOUND
        if b:
            regs[a + 2] = UNBOUND
        regs[a] = do_call(frame, func, list(args), kwargs)
        return None
    if name == "RETURN":
        return ("return", R(a))
    if name == "RETURN_NONE":
        return ("return", None)
    if name == "BUILD_TUPLE":
        regs[a] = tuple(R(b + i) for i in range(c))
        return None
    if name == "BUILD_LIST":
        regs[a] = [R(b + i) for i in range(c)]
        return None
    if name == "BUILD_SET":
        regs[a] = {R(b + i) for i in range(c)}
        return None
    if name == "BUILD_MAP":
        d = {}
        for i in range(c):
            d[R(b + 2 * i)] = R(b + 2 * i + 1)
        regs[a] = d
        return None
    if name == "BUILD_STRING":
        regs[a] = "".join(R(b + i) for i in range(c))
        return None
    if name == "LIST_APPEND":
        R(a).append(R(b))
        return None
    if name == "SET_ADD":
        R(a).add(R(b))
        return None
    if name == "MAP_ADD":
        R(a)[R(b)] = R(c)
        return None
    if name == "LIST_EXTEND":
        v = R(b)
        try:
            R(a).extend(v)
        except TypeError:
            if not hasattr(type(v), "__iter__") and not hasattr(type(v), "__getitem__"):
                raise TypeError("Value after * must be an iterable, not %s" % type_name(v)) from None
            raise
        return None
    if name == "SET_UPDATE":
        R(a).update(R(b))
        return None
    if name == "DICT_UPDATE":
        v = R(b)
        if not hasattr(v, "keys"):
            raise TypeError("'%s' object is not a mapping" % type_name(v))
        R(a).update(v)
        return None
    if name == "DICT_MERGE":
        d = R(a)
        v = R(b)
        func = R(c)
        if not hasattr(v, "keys"):
            raise TypeError("%s argument after ** must be a mapping, not %s" % (func_name(func), type_name(v)))
        for k in v.keys():
            if not isinstance(k, str):
                raise TypeError("keywords must be strings")
            if k in d:
                raise TypeError("%s got multiple values for keyword argument '%s'" % (func_name(func), k))
            d[k] = v[k]
        return None
    if name == "LIST_TO_TUPLE":
        regs[a] = tuple(R(b))
        return None
    if name == "UNPACK_SEQUENCE":
        v = R(b)
        try:
            it = iter(v)
        except TypeError:
            raise TypeError("cannot unpack non-iterable %s object" % type_name(v)) from None
        items = []
        for x in it:
            items.append(x)
            if len(items) > c:
                raise ValueError("too many values to unpack (expected %d)" % c)
        if len(items) < c:
            raise ValueError("not enough values to unpack (expected %d, got %d)" % (c, len(items)))
        for i, x in enumerate(items):
            regs[a + i] = x
        return None
    if name == "UNPACK_EX":
        before, after = c & 0x3FF, c >> 10
        v = R(b)
        try:
            items = list(v)
        except TypeError:
            raise TypeError("cannot unpack non-iterable %s object" % type_name(v)) from None
        if len(items) < before + after:
            raise ValueError("not enough values to unpack (expected at least %d, got %d)" % (before + after, len(items)))
        for i in range(before):
            regs[a + i] = items[i]
        regs[a + before] = items[before:len(items) - after]
        for i in range(after):
            regs[a + before + 1 + i] = items[len(items) - after + i]
        return None
    if name == "FORMAT_VALUE":
        v = R(b)
        conv = c & 3
        if conv == 1:
            v = str(v)
        elif conv == 2:
            v = repr(v)
        elif conv == 3:
            v = ascii(v)
        spec = R(b + 1) if c & 4 else ""
        regs[a] = format(v, spec)
        return None
    if name == "MAKE_FUNCTION":
        fcode = code.consts[b]
        i = a + 1
        defaults = kwdefaults = annotations = closure = None
        if c & 1:
            defaults = R(i); i += 1
        if c & 2:
            kwdefaults = R(i); i += 1
        if c & 4:
            ann = R(i); i += 1
            annotations = dict(zip(ann[0::2], ann[1::2])) if isinstance(ann, tuple) else ann
        if c & 8:
            closure = R(i); i += 1
            if len(closure) != len(fcode.freevars) or not all(isinstance(x, Cell) for x in closure):
                raise InternalError("bad closure for %s" % fcode.qualname)
        elif fcode.freevars:
            raise InternalError("missing closure for %s" % fcode.qualname)
        regs[a] = Function(fcode, frame.globals, defaults, kwdefaults, annotations, closure)
        return None
    if name == "LOAD_BUILD_CLASS":
        regs[a] = build_class
        return None
    if name == "SETUP_ANNOTATIONS":
        ns = frame.locals if frame.locals is not None else frame.globals
        if "__annotations__" not in ns:
            ns["__annotations__"] = {}
        return None
    if name == "IMPORT_NAME":
        fromlist = R(c)
        level = R(c + 1)
        regs[a] = __import__(code.names[b], frame.globals, frame.locals, fromlist, level)
        return None
    if name == "IMPORT_FROM":
        mod = R(b)
        n = code.names[c]
        try:
            regs[a] = getattr(mod, n)
        except AttributeError:
            full = "%s.%s" % (getattr(mod, "__name__", "?"), n)
            if full in sys.modules:
                regs[a] = sys.modules[full]
            else:
                raise ImportError("cannot import name '%s' from '%s'" % (n, getattr(mod, "__name__", "?"))) from None
        return None
    if name == "IMPORT_STAR":
        mod = R(a)
        ns = frame.locals if frame.locals is not None else frame.globals
        names_ = getattr(mod, "__all__", None)
        if names_ is None:
            names_ = [k for k in mod.__dict__ if not k.startswith("_")]
        for k in names_:
            ns[k] = getattr(mod, k)
        return None
    if name == "RAISE":
        if c == 0:
            exc = EXC_STATE[0]
            if exc is None:
                raise RuntimeError("No active exception to reraise")
            raise exc
        exc = R(a)
        if is_exception_class(exc):
            exc = exc()
        elif not isinstance(exc, BaseException):
            raise TypeError("exceptions must derive from BaseException")
        if c == 2:
            cause = R(b)
            if is_exception_class(cause):
                cause = cause()
            elif cause is not None and not isinstance(cause, BaseException):
                raise TypeError("exception causes must derive from BaseException")
            exc.__cause__ = cause
        raise exc
    if name == "RERAISE":
        raise R(a)
    if name == "PUSH_EXC_INFO":
        regs[a] = EXC_STATE[0]
        EXC_STATE[0] = R(b)
        return None
    if name == "POP_EXCEPT":
        v = regs[a]
        EXC_STATE[0] = None if v is UNBOUND else v
        return None
    if name == "CHECK_EXC_MATCH":
        t = R(c)
        if not check_except_type(t):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        regs[a] = isinstance(R(b), t)
        return None
    if name == "CHECK_EG_MATCH":
        match, rest = exception_group_match(R(b), R(c))
        regs[a] = match
        regs[a + 1] = rest
        if match is not None:
            EXC_STATE[0] = match
        return None
    if name == "PREP_RERAISE_STAR":
        regs[a] = prep_reraise_star(R(b), R(c))
        return None
    if name == "LOAD_ASSERTION_ERROR":
        regs[a] = AssertionError
        return None
    if name == "BEFORE_WITH":
        mgr = R(b)
        t = type(mgr)
        if not hasattr(t, "__enter__"):
            raise TypeError("'%s' object does not support the context manager protocol" % t.__name__)
        if not hasattr(t, "__exit__"):
            raise TypeError("'%s' object does not support the context manager protocol (missed __exit__ method)" % t.__name__)
        regs[a] = t.__exit__.__get__(mgr, t)
        regs[a + 1] = t.__enter__(mgr)
        return None
    if name == "BEFORE_ASYNC_WITH":
        mgr = R(b)
        t = type(mgr)
        if not hasattr(t, "__aenter__"):
            raise TypeError("'%s' object does not support the asynchronous context manager protocol" % t.__name__)
        regs[a] = t.__aexit__.__get__(mgr, t)
        regs[a + 1] = t.__aenter__(mgr)
        return None
    if name == "WITH_EXCEPT_START":
        exc = R(c)
        regs[a] = R(b)(type(exc), exc, exc.__traceback__)
        return None
    if name == "GET_YIELD_FROM_ITER":
        v = R(b)
        if isinstance(v, CoroutineObject):
            if not code.flags & (COROUTINE | ITERABLE_COROUTINE):
                raise TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator")
            regs[a] = v
        elif isinstance(v, (GeneratorObject, types.GeneratorType)):
            regs[a] = v
        else:
            regs[a] = iter(v)
        return None
    if name == "SEND":
        v = R(a)
        it = R(b)
        try:
            if v is None and not isinstance(it, (Generator, CoroutineWrapper)) and hasattr(it, "__next__"):
                regs[a] = next(it)
            else:
                regs[a] = it.send(v)
        except StopIteration as e:
            regs[a] = e.value
            return ("jump", c)
        return None
    if name == "GET_AWAITABLE":
        v = R(b)
        if isinstance(v, CoroutineObject):
            regs[a] = v
        elif isinstance(v, types.CoroutineType):
            regs[a] = v
        else:
            aw = getattr(type(v), "__await__", None)
            if aw is None:
                if c == 1:
                    raise TypeError("'async with' received an object from __aenter__ that does not implement __await__: %s" % type_name(v))
                if c == 2:
                    raise TypeError("'async with' received an object from __aexit__ that does not implement __await__: %s" % type_name(v))
                raise TypeError("object %s can't be used in 'await' expression" % type_name(v))
            regs[a] = aw(v)
        return None
    if name == "GET_A_ITER":
        v = R(b)
        t = type(v)
        if not hasattr(t, "__aiter__"):
            raise TypeError("'async for' requires an object with __aiter__ method, got %s" % t.__name__)
        regs[a] = t.__aiter__(v)
        return None
    if name == "GET_A_NEXT":
        v = R(b)
        t = type(v)
        if not hasattr(t, "__anext__"):
            raise TypeError("'async for' received an invalid object from __aiter__: %s" % t.__name__)
        aw = t.__anext__(v)
        if isinstance(aw, (CoroutineObject, AsyncGenStep)):
            regs[a] = aw
        else:
            regs[a] = type(aw).__await__(aw)
        return None
    if name == "END_ASYNC_FOR":
        exc = R(a)
        if isinstance(exc, StopAsyncIteration):
            return None
        raise exc
    if name == "ASYNC_GEN_WRAP":
        regs[a] = Wrapped(R(a))
        return None
    if name == "MATCH_MAPPING":
        regs[a] = is_mapping_for_match(R(b))
        return None
    if name == "MATCH_SEQUENCE":
        regs[a] = is_sequence_for_match(R(b))
        return None
    if name == "MATCH_KEYS":
        m = R(b)
        keys = R(c)
        dummy = object()
        seen = []
        out = []
        for k in keys:
            if k in seen:
                raise ValueError("mapping pattern checks duplicate key (%r)" % (k,))
            seen.append(k)
            v = m.get(k, dummy)
            if v is dummy:
                regs[a] = None
                return None
            out.append(v)
        regs[a] = tuple(out)
        return None
    if name == "MATCH_CLASS":
        data = code.words[pc + 1]
        nargs = data & 0xFFFFFFFF
        names_ = R(data >> 32)
        regs[a] = match_class(R(b), R(c), nargs, names_)
        return None
    if name == "GET_LEN":
        regs[a] = len(R(b))
        return None
    if name == "COPY_DICT_WITHOUT_KEYS":
        d = dict(R(b))
        for k in R(c):
            del d[k]
        regs[a] = d
        return None
    if name == "PRINT_EXPR":
        sys.displayhook(R(a))
        return None
    if name == "LOAD_LOCALS":
        regs[a] = frame.locals
        return None
    raise InternalError("unknown opcode " + name)


def deref_error(code, index):
    names = code.cellvars + code.freevars
    n = names[index]
    if index < len(code.cellvars):
        return UnboundLocalError("cannot access local variable '%s' where it is not associated with a value" % n)
    return NameError("cannot access free variable '%s' where it is not associated with a value in enclosing scope" % n)


def func_name(func):
    if isinstance(func, Function):
        return func.__qualname__ + "()"
    if isinstance(func, types.MethodType):
        return func_name(func.__func__)
    n = getattr(func, "__qualname__", None) or getattr(func, "__name__", None) or type(func).__name__
    mod = getattr(func, "__module__", None)
    if mod and mod != "builtins" and not isinstance(func, types.BuiltinFunctionType):
        return "%s.%s()" % (mod, n)
    return n + "()"


def builtin_value(frame, n):
    return frame.builtins[n]


def do_call(frame, func, args, kwargs):
    if func is super and not args and not kwargs:
        code = frame.code
        if "__class__" not in code.freevars:
            raise RuntimeError("super(): __class__ cell not found")
        cell = frame.regs[code.cellbase + len(code.cellvars) + code.freevars.index("__class__")]
        if cell.v is UNBOUND:
            raise RuntimeError("super(): empty __class__ cell")
        if code.argcount == 0:
            raise RuntimeError("super(): no arguments")
        first = frame.regs[0]
        if code.varnames[0] in code.cellvars:
            first = frame.regs[code.cellbase + code.cellvars.index(code.varnames[0])].v
        return super(cell.v, first)
    if func is sys.exc_info and not args:
        e = EXC_STATE[0]
        return (None, None, None) if e is None else (type(e), e, e.__traceback__)
    if func is builtins.locals and not args:
        return frame_locals(frame)
    if func is builtins.globals and not args:
        return frame.globals
    if func is builtins.vars and not args:
        return frame_locals(frame)
    if func is builtins.dir and not args:
        return sorted(frame_locals(frame))
    return func(*args, **kwargs)


def frame_locals(frame):
    if frame.locals is not None:
        return frame.locals
    code = frame.code
    d = {}
    for i, n in enumerate(code.varnames):
        if n in code.cellvars:
            continue
        v = frame.regs[i]
        if v is not UNBOUND:
            d[n] = v
    for j, n in enumerate(code.cellvars + code.freevars):
        cell = frame.regs[code.cellbase + j]
        if isinstance(cell, Cell) and cell.v is not UNBOUND:
            d[n] = cell.v
    return d


class BundleFinder:
    """Imports the modules compiled by swiftpy that the JSON bundles, running them here."""

    def __init__(self, modules):
        self.modules = modules

    def find_spec(self, name, path=None, target=None):
        import importlib.util
        entry = self.modules.get(name)
        if entry is None:
            return None
        return importlib.util.spec_from_loader(name, self, is_package=entry["package"])

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        entry = self.modules[module.__name__]
        code = Code(entry["code"])
        module.__dict__.setdefault("__builtins__", builtins)
        module.__file__ = code.filename
        frame = Frame(code, module.__dict__, module.__dict__, [UNBOUND] * code.nregs, None)
        drive(run_frame(frame))


def main():
    with open(sys.argv[1]) as f:
        data = json.load(f)
    OPNAMES.extend(data["opcodes"])
    if data.get("modules"):
        sys.meta_path.insert(0, BundleFinder(data["modules"]))
    code = Code(data["module"])
    module = types.ModuleType("__main__")
    module.__dict__["__builtins__"] = builtins
    module.__dict__["__file__"] = code.filename
    sys.modules["__main__"] = module
    frame = Frame(code, module.__dict__, module.__dict__, [UNBOUND] * code.nregs, None)
    try:
        drive(run_frame(frame))
    except InternalError:
        raise
    except SystemExit:
        raise
    except BaseException as e:
        sys.stdout.flush()
        if os.environ.get("REGVM_DEBUG"):
            import traceback
            traceback.print_exc()
        print("Traceback (most recent call last):", file=sys.stderr)
        print("%s: %s" % (type(e).__name__, e) if str(e) else type(e).__name__, file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
