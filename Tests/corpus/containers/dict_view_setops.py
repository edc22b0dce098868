a = {'a': 1, 'b': 2, 'c': 3}
b = {'b': 20, 'c': 3, 'd': 4}
print(a.keys() & b.keys(), a.keys() | b.keys(), a.keys() - b.keys(), a.keys() ^ b.keys())
print(a.items() & b.items(), a.items() - b.items())
print(a.items() | b.items() == {('a', 1), ('b', 2), ('c', 3), ('b', 20), ('d', 4)})
print(a.items() ^ b.items() == {('a', 1), ('b', 2), ('b', 20), ('d', 4)})
print(a.keys() & {'a', 'z'}, a.keys() & ['c', 'q'], {'a', 'z'} & a.keys(), ['c', 'q'] & a.keys() if False else 'skip')
print(a.keys() | ['x'], ['x'] | a.keys(), a.keys() - ['a'], ['a', 'z'] - a.keys(), ('a', 'z') ^ a.keys())
print(type(a.keys() & b.keys()).__name__, type(a.keys() | set()).__name__)
print(a.keys().isdisjoint(b.keys()), a.keys().isdisjoint(['x']), a.keys().isdisjoint({'a'}), a.items().isdisjoint([('a', 1)]))
k = a.keys()
print(k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))
print(set(range(20)) & dict.fromkeys(range(10, 30)).keys())
print(dict.fromkeys(range(10, 30)).keys() & set(range(20)))
print(dict.fromkeys(range(100)).keys() & {5, 500})
print(dict.fromkeys(range(30, 0, -1)).keys() | set())
print(dict.fromkeys(range(30, 0, -1)).keys() - {1})
print({1: 'a'}.items() ^ {1: 'b'}.items() == {(1, 'a'), (1, 'b')})
def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
check(lambda: a.keys() | 1)
check(lambda: a.keys() & 1)
check(lambda: a.keys() - 1)
check(lambda: a.keys() ^ 1)
check(lambda: a.values() | a.values())
check(lambda: a.items() & [['a', 1]])
check(lambda: a.keys() < [1])
check(lambda: a.keys().isdisjoint(1))
check(lambda: a.items() | [[1, 2]])
