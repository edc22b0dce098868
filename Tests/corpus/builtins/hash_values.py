def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61), hash(2**61 - 1), hash(-(2**61)))
print(hash(1.5), hash(-0.0), hash(float('inf')), hash(True), hash(None) == hash(None))
class H:
    def __hash__(self): return 12345
print(hash(H()))
class HB:
    def __hash__(self): return 'x'
check(hash, HB())
class Unhashable:
    __hash__ = None
check(hash, Unhashable())
class Big:
    def __hash__(self): return 2**70
print(hash(Big()) == hash(2**70))
