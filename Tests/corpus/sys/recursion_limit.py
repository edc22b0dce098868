def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
check(sys.setrecursionlimit, 0)
check(sys.setrecursionlimit, 1.5)
check(sys.setrecursionlimit)
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)
