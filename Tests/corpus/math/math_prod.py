# math.prod with ints, floats, mixed values, start and errors.
import math
def check(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 30)), math.prod([2**40, 2**40]), math.prod([-1] * 5))
print(math.prod([1.5, 2]), math.prod([2, 1.5]), math.prod([0.1] * 3), math.prod([2, 3], start=0.5), math.prod([], start=7))
print(math.prod([1j, 1j]), math.prod([2, 2j, 0.5]), math.prod([[1]], start=2), math.prod(['a'], start=3), math.prod([True, True]))
print(math.prod(x for x in range(1, 6)), math.prod(iter([3, 3])), math.prod([10**20, 10**20]), type(math.prod([True])).__name__)
check(lambda: math.prod())
check(lambda: math.prod([1], 2))
check(lambda: math.prod(1))
check(lambda: math.prod(['a', 'b']))
check(lambda: math.prod([1, 2], begin=1))
check(lambda: math.prod([1e308, 10]))
