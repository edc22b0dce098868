def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)

s = {1, 2, 3}
orig = s
s |= {4, 5}
print(s, s is orig)
s &= frozenset({1, 2, 4, 9})
print(s, s is orig)
s -= {2}
print(s, s is orig)
s ^= {4, 7}
print(s, s is orig)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, f is g, g)
f &= {3}
print(f, f is g)
f -= {3}
print(f, type(f).__name__)
f ^= {10}
print(f, type(f).__name__)
t = {1}
def ior():
    global t
    t |= [2]
def iand():
    global t
    t &= [2]
def isub():
    global t
    t -= (2,)
def ixor():
    global t
    t ^= 'a'
check(ior)
check(iand)
check(isub)
check(ixor)
print(t)
u = set(range(10))
u -= u
print(u)
u = set(range(10))
u ^= u
print(u)
u = set(range(10))
u &= u
u |= u
print(u)
