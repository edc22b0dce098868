def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)

def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
check(grow)
def shrink():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
check(shrink)
def swap_same_size():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 100] = 0
    return seen, d
check(swap_same_size)
def swap_once():
    d = {1: 1, 2: 2, 3: 3, 4: 4}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            del d[1]
            d[5] = 5
    return seen, d
check(swap_once)
def swap_last():
    d = {1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        if k == 2:
            del d[2]
            d[3] = 3
    return seen
check(swap_last)
def swap_after_resize():
    d = dict.fromkeys(range(5))
    seen = []
    for k in d:
        seen.append(k)
        if k == 0:
            del d[0]
            d[10] = None
    return seen
check(swap_after_resize)
def values_mutation():
    d = {1: 1, 2: 2}
    for v in d.values():
        d[3] = 3
check(values_mutation)
def items_mutation():
    d = {1: 1}
    for kv in d.items():
        d.pop(1)
check(items_mutation)
def reverse_mutation():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in reversed(d):
        seen.append(k)
        if k == 3:
            del d[3]
            d[4] = 4
    return seen
check(reverse_mutation)
def reverse_size():
    d = {1: 1, 2: 2}
    for k in reversed(d):
        d[9] = 9
check(reverse_size)
def sticky():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d[3] = 3
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    del d[3]
    try:
        out.append(next(it))
    except RuntimeError as e:
        out.append(str(e))
    return out
check(sticky)
def value_change_ok():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = k * 100
    return d
check(value_change_ok)
def popitem_then_add():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == 1:
            d.popitem()
            d[7] = 7
    return seen, d
check(popitem_then_add)
def unicode_resize():
    d = {'a': 1, 'b': 2, 'c': 3}
    seen = []
    for k in d:
        seen.append(k)
        if k == 'a':
            del d['a']
            d[1] = 'int key'
    return seen, d
check(unicode_resize)
def hint():
    d = {1: 1, 2: 2, 3: 3}
    it = iter(d)
    a = it.__length_hint__()
    next(it)
    b = it.__length_hint__()
    d[4] = 4
    return a, b, it.__length_hint__()
check(hint)
