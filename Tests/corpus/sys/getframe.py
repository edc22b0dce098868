import sys
def a():
    return b()
def b():
    f0 = sys._getframe()
    f1 = sys._getframe(1)
    return f0.f_code.co_name, f1.f_code.co_name, f0.f_back is f1
print(a())
print(sys._getframe().f_code.co_name)
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
def locs(x):
    y = x * 2
    return sys._getframe().f_locals
print(locs(3))
