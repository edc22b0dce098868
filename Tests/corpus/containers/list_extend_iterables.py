l = []
l.extend([1, 2])
l.extend((3,))
l.extend('xy')
l.extend({10: 'a', 20: 'b'})
l.extend({10: 'a'}.values())
l.extend({'k': 'v'}.items())
l.extend(range(3))
l.extend(iter([7, 8]))
l.extend(x for x in 'q')
l.extend(frozenset([99]))
l.extend(b'AB')
print(l)
m = [1, 2]
m.extend(m)
print(m)
def gen():
    yield 1
    raise ValueError('gen failed')
n = [0]
try:
    n.extend(gen())
except ValueError as e:
    print('ValueError', e)
print(n)
class Hint:
    def __iter__(self):
        return iter([1, 2, 3])
    def __length_hint__(self):
        return 1000
h = []
h.extend(Hint())
print(h, h.__sizeof__())
class BadHint:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return 'x'
try:
    [].extend(BadHint())
except TypeError as e:
    print('TypeError', e)
class NegHint:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return -1
try:
    [].extend(NegHint())
except ValueError as e:
    print('ValueError', e)
class NIHint:
    def __iter__(self):
        return iter([4])
    def __length_hint__(self):
        return NotImplemented
print(list(NIHint()))
class LenRaises:
    def __iter__(self):
        return iter([5])
    def __len__(self):
        raise TypeError('no len')
print(list(LenRaises()))
try:
    [].extend(5)
except TypeError as e:
    print('TypeError', e)
try:
    [*5]
except TypeError as e:
    print('TypeError', e)
print([*[1], *(2,), *'3', *{4: 0}, *range(5, 6)])
