# int / int is correctly rounded (ties to even), also beyond 2**53 and for huge values.
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(1 / 3, 2 / 3, -1 / 3, 7 / 7, 0 / 5, 0 / -5, 10 / 4)
print(10**20 / 3, 2**1000 / 3**500, (2**53 + 1) / 1, (2**53 + 3) / 1, -(2**54 + 3) / 2)
print((2**1075 + 1) / 2**1075, 1 / 2**1074, 3 / 2**1075, 1 / 2**1076, 5 / 2**1076)
print(2**1023 * 2 // 3 / 2**1023, (10**400 + 1) / 10**399, 10**400 / 10**400)
print(2**2000 / 2**1000, 123456789123456789123456789 / 987654321987654321)
check(lambda: 2**1100 / 3)
check(lambda: 10**400 / 1)
check(lambda: 1 / 0)
check(lambda: 10**30 / 0)
check(lambda: 2**1024 / 1)
check(lambda: (2**1024 - 1) / 1)
check(lambda: (2**1024 - 2**970) / 1)
check(lambda: (2**1024 - 2**971) / 1)
x = 7
x /= 2
print(x)
