# Floor division, modulo and divmod follow the sign of the divisor.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (5, 7), (-5, 7), (-2**63, -1),
         (2**64 + 3, 7), (-(2**64) - 3, 7), (2**64 + 3, -7), (10**30, 10**15 + 1), (-10**30, 3), (6, 3), (-6, 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
for a in [0, 1, -1, 2**70]:
    check(lambda: a // 0)
    check(lambda: a % 0)
    check(lambda: divmod(a, 0))
    check(lambda: a // False)
x = 17
x //= 5
print(x)
x %= 2
print(x)
