# The constants of the math module.
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(repr(math.pi), type(math.e).__name__, math.tau == 2 * math.pi, math.isnan(math.nan), math.inf > 1e308)
print(math.__name__, math.__doc__)
print(sorted(n for n in dir(math) if not n.startswith('_')))
print(math.sqrt, math.sqrt.__name__, math.sqrt.__doc__)
print(math.log.__doc__)
