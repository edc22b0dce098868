import sys
v = sys.version_info
print(v)
print(v.major, v.minor, v.micro, v.releaselevel, v.serial)
print(v[:2], v[0], len(v), tuple(v))
print(v >= (3, 8), v < (4,), v == (3, 11, 7, 'final', 0))
print(type(v).__name__, type(v))
try:
    type(v)()
except TypeError as e:
    print(e)
a, b, *rest = v
print(a, b, rest)
print(sys.hexversion == 0x030B07F0, sys.version[:6])
