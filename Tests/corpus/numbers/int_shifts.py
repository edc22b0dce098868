# << and >> on small and big ints, negative counts and huge counts.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 1, -1, 5, -5, 2**62, -2**62, 2**100 + 12345, -(2**100) - 1]:
    print(v << 1, v << 63, v << 64, v >> 1, v >> 3, v >> 64, v >> 200)
print(1 << 0, 1 >> 0, -1 >> 1000, -(2**64) >> 10**20, (2**64) >> 10**20)
check(lambda: 1 << -1)
check(lambda: 1 >> -1)
check(lambda: 2**70 >> -(2**70))
check(lambda: 1 << 2**70)
check(lambda: 0 << 2**70)
check(lambda: 1 << 1.0)
check(lambda: 1.0 >> 1)
check(lambda: True << 2)
x = 1
x <<= 100
print(x)
x >>= 98
print(x)
