# Comparisons of ints with ints and floats are exact.
def cmp(a, b):
    return (a < b, a <= b, a == b, a != b, a > b, a >= b)

ints = [0, 1, -1, 2**53, 2**53 + 1, -(2**53) - 1, 2**63, 2**64 + 1, 10**30, -10**30, True]
floats = [0.0, -0.0, 1.0, 0.5, 9007199254740992.0, 9007199254740994.0, 2.0**63, 1e30, -1e30,
          float('inf'), float('-inf'), float('nan')]
for a in ints:
    for b in ints:
        print(a, b, cmp(a, b))
for a in ints:
    for b in floats:
        print(a, b, cmp(a, b), cmp(b, a))
print(10**400 > float('inf'), -10**400 < float('-inf'), 10**400 == float('inf'), 10**400 > 1e308)
print(1 == 1.0, hash(1) == hash(1.0), 2**53 + 1 == 2.0**53 + 1, 2**53 + 1 > 2.0**53)
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: 1 < 'a')
check(lambda: 2**70 >= None)
check(lambda: 1 == 'a')
check(lambda: 1 != [1])
