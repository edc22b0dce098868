class V:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return 'lt-result'
    def __eq__(self, o):
        return self.v == o.v
    def __repr__(self):
        return 'V(' + str(self.v) + ')'
print([V(1)] < [V(2)], [V(1), V(5)] < [V(1), V(6)], [V(1)] < [V(1)], [V(1)] == [V(1)])
print((V(1),) < (V(2),), (V(1), 2) < (V(1), 3))
print([1, 2, 3] < [1, 2, 3, 0], [1, 2] > [1], [[1]] < [[2]], [[1, 2]] == [[1, 2]], [] == [], [] != [])
print([1, 2.0] == [1.0, 2], [1] == [True], [0] == [False], ['a'] < ['b'], ['a'] < ['ab'])
calls = []
class E:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        calls.append((self.n, o.n))
        return self.n == o.n
a = [E(1), E(2), E(3)]
b = [E(1), E(9), E(3)]
print(a == b, calls)
calls.clear()
print(a == a, calls)
calls.clear()
print([E(1), E(2)] == [E(1)], calls)
try:
    [1] < ['x']
except TypeError as e:
    print('TypeError', e)
try:
    [{}] < [{}]
except TypeError as e:
    print('TypeError', e)
print([{}] == [{}], [{}] != [{}], [set()] <= [set()])
class Weird:
    def __eq__(self, o):
        raise RuntimeError('eq raised')
try:
    [Weird()] == [Weird()]
except RuntimeError as e:
    print('RuntimeError', e)
w = Weird()
print([w] == [w])
