# round() of ints: ndigits >= 0 returns the int, negative rounds half to even.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for v in [0, 5, 15, 25, 35, -15, -25, 1234, 1250, 1350, -1250, 999999, 2**70 + 5, -(2**70) - 5, 10**30 + 5 * 10**20]:
    print(v, round(v), round(v, 0), round(v, 3), round(v, -1), round(v, -2), round(v, -5), round(v, -40))
print(type(round(5)), type(round(5, 2)), type(round(True)), round(True, -1), round(False, 5))
print((15).__round__(), (15).__round__(-1))
check(lambda: (15).__round__(None))
check(lambda: (2.5).__round__(None))
check(lambda: round(5, 2.0))
check(lambda: round(5, '1'))
check(lambda: (5).__round__(1, 2))
check(lambda: (5).__round__(ndigits=1))
check(lambda: (5).__round__(None))
check(lambda: round(5, None))
