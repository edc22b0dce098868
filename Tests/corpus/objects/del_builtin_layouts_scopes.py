# __del__ runs when the last reference to a builtin-subclass instance goes.
import sys
def mk(base, *args):
    class X(base):
        def __del__(self):
            print("del", base.__name__, repr(self)[:20])
    return X(*args)
for base, args in [(int, (5,)), (str, ("s",)), (tuple, ((1,),)), (float, (1.5,)), (set, ({1},)), (frozenset, ({2},)), (bytes, (b"b",)), (bytearray, (b"ba",)), (Exception, ("e",)), (list, ([1],)), (dict, ({1: 2},)), (object, ()), (complex, (1j,))]:
    x = mk(base, *args)
    del x
    print("after", base.__name__)
class G:
    def __del__(self): print("G del")
def gen():
    g = G()
    yield 1
it = gen(); next(it); it = None
print("end")
