import types, sys
try:
    1/0
except Exception as e:
    tb = e.__traceback__
for args in [(None, tb.tb_frame, 0, 0), (5, tb.tb_frame, 0, 0), (tb, tb.tb_frame, "a", 0), (tb, tb.tb_frame, 0, 2**70), (tb, tb.tb_frame, -1, -1), (None, tb.tb_frame, 1.5, 0)]:
    try:
        t = types.TracebackType(*args)
        print(t.tb_lasti, t.tb_lineno, t.tb_next is tb)
    except Exception as x:
        print(type(x).__name__, x)
t = types.TracebackType(tb_next=None, tb_frame=tb.tb_frame, tb_lasti=0, tb_lineno=1)
print(t.tb_lineno)
for bad in [(), (None,), (None, tb.tb_frame, 0, 0, 5)]:
    try:
        types.TracebackType(*bad)
    except TypeError as x:
        print(x)
try:
    types.TracebackType(None, tb.tb_frame, 0, 0, bogus=1)
except TypeError as x:
    print(x)
print(tb.__dir__(), dir(tb))
try:
    tb.tb_lineno = 5
except AttributeError as x:
    print(x)
try:
    del tb.tb_next
except TypeError as x:
    print(x)
try:
    class X(types.TracebackType): pass
except TypeError as x:
    print(x)
f = sys._getframe()
made = types.TracebackType(None, f, tb.tb_lasti, 500)
raise RuntimeError("made").with_traceback(made)
