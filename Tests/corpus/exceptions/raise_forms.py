def show(f):
    try:
        f()
    except BaseException as e:
        print(type(e).__name__, repr(e), "cause:", repr(e.__cause__), "ctx:", repr(e.__context__), e.__suppress_context__)

def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("inst")
def raise_non_exception():
    raise 42
def raise_non_exception_class():
    raise int
def raise_from_none():
    raise KeyError("k") from None
def raise_from_instance():
    raise KeyError("k") from OSError("os")
def raise_from_class():
    raise KeyError("k") from OSError
def raise_from_bad():
    raise KeyError("k") from 3
def raise_from_bad_class():
    raise KeyError("k") from dict
def bare_raise_nothing():
    raise
class Weird(Exception):
    def __new__(cls):
        return 5
def raise_weird():
    raise Weird
class WeirdCause(Exception):
    def __new__(cls):
        return "no"
def raise_weird_cause():
    raise ValueError from WeirdCause
for f in [raise_class, raise_instance, raise_non_exception, raise_non_exception_class, raise_from_none,
          raise_from_instance, raise_from_class, raise_from_bad, raise_from_bad_class, bare_raise_nothing,
          raise_weird, raise_weird_cause]:
    show(f)
