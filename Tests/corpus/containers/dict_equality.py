print({} == {}, {1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} == {2: 2}, {1: 2, 3: 4} == {3: 4, 1: 2})
print({1: [1, 2]} == {1: [1, 2]}, {'a': {'b': 1}} == {'a': {'b': 1}}, {1: 1} == {1.0: 1.0}, {True: 1} == {1: True})
print({1: 2} != {1: 2}, {1: 2} == [(1, 2)], {1: 2} == {1: 2}.items(), dict(a=1) == {'a': 1})
class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq', self.v, getattr(other, 'v', other))
        return isinstance(other, E) and self.v == other.v
    __hash__ = object.__hash__
e1 = E(1)
print({'k': e1} == {'k': E(1)}, {'k': e1} == {'k': e1})
class Bad:
    def __eq__(self, other):
        raise ValueError('cmp')
    __hash__ = object.__hash__
b = Bad()
try:
    {'k': Bad()} == {'k': Bad()}
except ValueError as e:
    print('ValueError', e)
print({'k': b} == {'k': b})
for op in ['<', '<=', '>', '>=']:
    try:
        eval('{} ' + op + ' {}')
    except TypeError as e:
        print('TypeError', e)
class Sub(dict):
    pass
print(Sub(a=1) == {'a': 1}, {'a': 1} == Sub(a=1), Sub() != {})
nan = float('nan')
print({1: nan} == {1: nan}, {nan: 1} == {nan: 1})
