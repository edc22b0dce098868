# Int and float arithmetic at the edges of the machine-word fast paths: floor division and
# modulo signs, shifts, exact true division, overflow into big ints, zero divisors, in-place forms.
import itertools
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**31, -2**31, 2**53, -2**53, 2**53 + 1, 2**62, -2**62,
        2**63 - 1, -2**63, 9007199254740993, 123456789, -987654321]
out = []
for a, b in itertools.product(vals, vals):
    row = [a, b]
    for name, f in (("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("/", lambda a, b: a / b),
                    ("<<", lambda a, b: a << b if b < 200 else "big"), (">>", lambda a, b: a >> b), ("&", lambda a, b: a & b),
                    ("|", lambda a, b: a | b), ("^", lambda a, b: a ^ b)):
        try:
            row.append(f(a, b))
        except Exception as e:
            row.append(type(e).__name__ + ": " + str(e))
    x = a; x //= b if b else 1; row.append(x)
    x = a; x %= b if b else 1; row.append(x)
    x = a; x ^= b; row.append(x)
    out.append(row)
for r in out:
    print(*r)
fl = [0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, float("inf"), float("nan")]
for a, b in itertools.product(fl, fl):
    try:
        print(a, b, a / b, a + b, a - b, a * b)
    except ZeroDivisionError as e:
        print(a, b, "ZeroDivisionError:", e)
    x = a
    try:
        x /= b
        print(x)
    except ZeroDivisionError as e:
        print("ZDE", e)
