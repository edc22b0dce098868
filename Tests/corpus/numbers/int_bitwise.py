# & | ^ ~ with two's complement semantics for negative and big ints.
vals = [0, 1, -1, 6, -6, 2**64 - 1, -(2**64), 2**100 + 7, -(2**100) - 9, 0x5555, -0x5555]
for a in vals:
    for b in vals:
        print(a & b, a | b, a ^ b)
for a in vals:
    print(~a, ~~a)
print(True & 3, True | 2, True ^ 7, 5 & True, False | 0)
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: 1 & 1.0)
check(lambda: 1.5 | 1)
check(lambda: ~1.5)
check(lambda: 'a' ^ 1)
