# + - * and unary ops across the 64-bit boundary.
big = 2**63
vals = [0, 1, -1, 7, -13, 2**31, 2**62, 2**63 - 1, -2**63, big, -big - 5, 10**25]
for a in vals:
    for b in vals:
        print(a + b, a - b, a * b)
for a in vals:
    print(-a, +a, abs(a), ~a, type(-a).__name__)
x = 9223372036854775807
x += 1
print(x, x - 1, x * x, (x - 1) * 2, -x - x)
print(3 * True, True + True, False - True, -True, +False, abs(-True), ~False)
