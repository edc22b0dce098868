import types
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
t2 = types.TracebackType(tb, tb.tb_frame, tb.tb_lasti, 99)
print(t2.tb_lineno, t2.tb_next is tb)
raise ValueError("x").with_traceback(t2)
