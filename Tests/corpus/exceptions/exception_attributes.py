e = ValueError("x")
e.custom = 5
print(e.custom, e.__dict__)
e.__dict__ = {"a": 1}
print(e.a, vars(e))
try:
    e.__dict__ = 3
except TypeError as err:
    print(err)
try:
    del e.__dict__
except TypeError as err:
    print(err)
e = ValueError("tb")
try:
    raise e
except ValueError:
    pass
tb = e.__traceback__
print(type(tb).__name__, tb.tb_lineno, tb.tb_next, type(tb.tb_frame).__name__)
e2 = KeyError().with_traceback(tb)
print(e2.__traceback__ is tb)
e2.__traceback__ = None
print(e2.__traceback__)
print(e2.with_traceback(None) is e2)
e.__context__ = KeyError("c")
e.__cause__ = None
print(repr(e.__context__), e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
print(hasattr(ValueError(), "__notes__"))
e = ValueError()
e.add_note("one")
e.add_note("two")
print(e.__notes__)
e.__notes__ = []
e.add_note("three")
print(e.__notes__)
del e.__notes__
e.add_note("four")
print(e.__notes__)
class Slotted(Exception):
    __slots__ = ("a",)
s = Slotted()
s.a = 1
print(s.a)
print(ValueError.args, type(ValueError.__dict__["args"]).__name__)
print(StopIteration.value.__doc__ if hasattr(StopIteration.value, "__doc__") else None)
