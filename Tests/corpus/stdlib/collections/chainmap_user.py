from collections import ChainMap, UserDict, UserList, UserString, defaultdict
a = {'x': 1}; b = {'x': 2, 'y': 3}
cm = ChainMap(a, b)
print(cm, cm['x'], cm['y'], len(cm), list(cm), sorted(cm.items()), 'y' in cm, cm.get('q', 'dflt'))
cm['z'] = 9; print(a, cm.maps, cm.parents, cm.new_child(), cm.new_child({'n': 1}), cm.new_child(k=5))
del cm['z']; print(a)
try:
    del cm['y']
except KeyError as e:
    print(e)
print(ChainMap(), ChainMap().maps, ChainMap.fromkeys('ab', 0), cm.copy(), bool(ChainMap({})), bool(cm))
print(cm | {'q': 1}, {'q': 1} | cm, ChainMap(defaultdict(int))['missing'])
try:
    ChainMap({}).popitem()
except KeyError as e:
    print(e)
try:
    ChainMap({}).pop('x')
except KeyError as e:
    print(e)
u = UserDict(a=1); u['b'] = 2
print(u, len(u), u.data, list(u), u.get('a'), 'a' in u, u | {'c': 3}, u.copy(), type(u.copy()), UserDict.fromkeys('xy'))
class Missing(UserDict):
    def __missing__(self, key):
        return key * 2
print(Missing()['ab'])
try:
    UserDict()['nope']
except KeyError as e:
    print(repr(e))
l = UserList([3, 1, 2]); l.append(0); l.sort()
print(l, l[1:], type(l[1:]), l + [9], [9] + l, l * 2, len(l), 3 in l, l == [0, 1, 2, 3], l < [5], l.index(2), l.pop(), l)
l.extend(UserList([7])); l.reverse(); l.insert(0, 'i'); l.remove(1); print(l, l.count(7), l.copy(), UserList())
s = UserString('Hello')
print(s, repr(s), s.upper(), s.lower(), s[1:3], type(s[1:3]), s + '!', '>' + s, s * 2, len(s), 'ell' in s, s == 'Hello',
      s.replace('l', 'L'), s.split('l'), s.find('l'), s.center(9, '*'), s.startswith('He'), s.zfill(8), int(UserString('42')))
print(s < 'World', hash(s) == hash('Hello'), s.join(['a', 'b']), s.encode(), UserString(5), s.count(UserString('l')))
