def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)

s = {1, 2, 3}
def grow():
    for x in s:
        s.add(x + 10)
check(grow)
print(len(s))
s = {1, 2, 3}
def shrink():
    for x in s:
        s.discard(x)
check(shrink)
s = set(range(10))
def same_size():
    out = []
    for x in s:
        out.append(x)
        if x == 2:
            s.discard(9)
            s.add(100)
    return out
check(same_size)
it = iter({1, 2, 3})
print(type(it).__name__, it.__length_hint__())
print(next(it), it.__length_hint__())
print(list(it), it.__length_hint__())
check(lambda: next(it))
it = iter(frozenset('ab'))
print(it is iter(it))
s = set(range(5))
it = iter(s)
next(it)
s.add(99)
check(lambda: next(it))
check(lambda: next(it))
print(it.__length_hint__())
print(list(frozenset(range(10, 0, -1))))
print([x for x in {7, 5, 3}])
print(sum({1, 2, 3}) if False else 'skip')
