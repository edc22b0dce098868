print([], [[]], [[], [[]]], [1, 'a', None, 2.5, (1,), {}, set(), frozenset()])
print(repr(['quote\'s', "dq\"s", 'tab\t', 'nl\n', 'uni\u00e9', '\x00']))
print(str([1, 'a']), repr([1, 'a']))
l = [1]
l.append(l)
l.append([l])
print(l)
a = []
b = [a]
a.append(b)
print(a, b)
class R:
    def __repr__(self):
        return '<R>'
    def __str__(self):
        return 'str-R'
print([R()], str([R()]), (R(),), {R(): R()})
class Boom:
    def __repr__(self):
        raise ValueError('repr failed')
try:
    repr([1, Boom()])
except ValueError as e:
    print('ValueError', e)
class NotStr:
    def __repr__(self):
        return 5
try:
    repr([NotStr()])
except TypeError as e:
    print('TypeError', e)
deep = []
cur = deep
for i in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:20], len(repr(deep)))
