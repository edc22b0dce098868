# bool(x): truth of numbers, containers and objects with __bool__/__len__; no subclassing.
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 0
class Bad:
    def __bool__(self):
        return 1
for v in [0, 1, -1, 0.0, -0.0, 0.1, float('nan'), 0j, 1j, '', 'a', [], [0], (), {}, set(), None, Z(), L(), 2**70, 10**-400]:
    print(repr(v) if not isinstance(v, (Z, L)) else type(v).__name__, bool(v))
print(bool(), type(bool(5)).__name__, bool is type(True))
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
check(lambda: bool(Bad()))
check(lambda: bool(1, 2))
check(lambda: bool(x=1))
check(lambda: type('B', (bool,), {}))
check(lambda: bool.__new__(bool, 3))
check(lambda: bool.__new__(int, 3))
