def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

it = iter([1, 2])
check(next, it)
check(next, it)
check(next, it)
check(next, it, 'default')
check(next, [1])
check(next)
check(next, it, 1, 2)
check(iter)
check(iter, 5)
check(iter, 1, 2)
calls = []
def counter():
    calls.append(1)
    return len(calls)
print(list(iter(counter, 4)))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(iter(Seq())))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
check(next, It(), 'fallback')
