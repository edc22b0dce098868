def t(f):
    try:
        r = f()
        print("ok", repr(r))
        return r
    except Exception as e:
        print(type(e).__name__, e)

eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("sub", [ValueError(3), KeyError(4)])])
print(repr(eg), str(eg), eg.message, eg.exceptions, type(eg.exceptions).__name__)
print(str(ExceptionGroup("one", [ValueError()])))
m, r = eg.split(ValueError)
print(repr(m), repr(r))
m, r = eg.split((KeyError, TypeError))
print(repr(m), repr(r))
m, r = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)
print(repr(m), repr(r))
print(repr(eg.subgroup(KeyError)), repr(eg.subgroup(OSError)))
print(eg.subgroup(ExceptionGroup) is eg, eg.split(Exception)[0] is eg)
print(eg.split(OSError))
t(lambda: eg.split(1))
t(lambda: eg.split((ValueError, 1)))
t(lambda: eg.subgroup([ValueError]))
t(lambda: eg.derive())
print(repr(eg.derive([KeyError(9)])))
print(type(BaseExceptionGroup("b", [ValueError()])).__name__)
print(type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
t(lambda: ExceptionGroup("b", [KeyboardInterrupt()]))
t(lambda: ExceptionGroup("b", []))
t(lambda: ExceptionGroup("b", None))
t(lambda: ExceptionGroup("b", [1]))
t(lambda: ExceptionGroup(1, [ValueError()]))
t(lambda: ExceptionGroup("b"))
t(lambda: ExceptionGroup("b", [ValueError()], 3))
t(lambda: ExceptionGroup("b", (ValueError(),)))
t(lambda: ExceptionGroup("b", {ValueError()}))
t(lambda: ExceptionGroup("b", "abc"))
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
print(ExceptionGroup.__mro__)
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])

class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "!", excs)
e = MyEG("mine", [ValueError(1), TypeError(2)])
m, r = e.split(ValueError)
print(type(m).__name__, repr(m), type(r).__name__, repr(r))
t(lambda: MyEG("x", [KeyboardInterrupt()]))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 5
t(lambda: BadDerive("x", [ValueError(), TypeError()]).split(ValueError))

# Metadata copied to the parts.
try:
    raise ExceptionGroup("meta", [ValueError(1), TypeError(2)])
except ExceptionGroup as caught:
    caught.add_note("a note")
    caught.__cause__ = KeyError("cause")
    m, r = caught.split(ValueError)
    print(m.__traceback__ is caught.__traceback__, m.__notes__, m.__notes__ is caught.__notes__,
          repr(m.__cause__), m.__suppress_context__, m.__context__)
