def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

import sys
def outer():
    return inner()
def inner():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name, f.f_lineno
print(outer())
def lf():
    v = 'local'
    return sys._getframe().f_locals
print(lf())
print(sys._getframe().f_globals is globals(), sys._getframe(0).f_back)
check(sys._getframe, 50)
def fail():
    raise KeyError('k')
try:
    fail()
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno, tb.tb_next.tb_next)
    print(type(tb.tb_lasti).__name__)
print(type(sys._getframe().f_builtins).__name__)
