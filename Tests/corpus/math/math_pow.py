# math.pow always works in floats, with C99 special values.
import math
bases = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, math.inf, -math.inf, math.nan, 3, 10]
exps = [0.0, -0.0, 1.0, -1.0, 2.0, 3.0, -3.0, 0.5, 1.5, math.inf, -math.inf, math.nan, 400, -1100]
for b in bases:
    row = []
    for e in exps:
        try:
            row.append(repr(math.pow(b, e)))
        except Exception as ex:
            row.append(type(ex).__name__ + ': ' + str(ex))
    print(repr(b), row)
print(math.pow(2, 10), type(math.pow(2, 10)).__name__, math.pow(4, 0.5), math.pow(True, 2**70))
