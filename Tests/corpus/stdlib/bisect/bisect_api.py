import bisect

def check(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

a = [1, 2, 2, 2, 3, 5, 8]
for x in (0, 1, 2, 2.5, 3, 4, 8, 9):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x),
          bisect.bisect_left(a, x, 2), bisect.bisect_right(a, x, 1, 4), bisect.bisect_left(a, x, hi=3))
print(bisect.bisect_right(a, 5, 0, -1), bisect.bisect_right(a, 5, 0, -5), bisect.bisect_left(a, 2, lo=10))
words = ['apple', 'fig', 'banana', 'kiwi']
words.sort(key=len)
print(words, bisect.bisect_left(words, 4, key=len), bisect.bisect_right(words, 4, key=len))
b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5); bisect.insort_right(b, 5.0); print(b)
recs = []
for name, age in [('bob', 30), ('al', 25), ('cy', 30), ('di', 20)]:
    bisect.insort(recs, (name, age), key=lambda r: r[1])
print(recs)
bisect.insort_left(recs, ('ed', 30), key=lambda r: r[1]); print(recs)
print(bisect.bisect('abcdef', 'c'), bisect.bisect(range(0, 100, 5), 42), bisect.bisect((1, 3, 5), 3))

class Seq:
    def __init__(self):
        self.items = [1, 3, 5]
        self.log = []
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        self.log.append(i)
        return self.items[i]
    def insert(self, i, x):
        self.log.append(('insert', i, x))
        self.items.insert(i, x)
s = Seq()
bisect.insort(s, 4)
print(s.items, s.log)

class Sub(list):
    def insert(self, i, x):
        print('Sub.insert', i, x)
        list.insert(self, i, x)
sl = Sub([1, 2, 3]); bisect.insort(sl, 2); print(sl)

check(bisect.bisect_left)
check(bisect.bisect_left, [1])
check(bisect.bisect_left, [1], 1, -1)
check(bisect.bisect_right, [1], 1, 0, 'x')
check(bisect.bisect_right, [1], 1, 'x')
check(bisect.bisect_right, [1], 1, None)
check(bisect.bisect_right, [1], 1, lo=-2)
check(bisect.bisect_right, 1, 1)
check(bisect.bisect_right, [1], 1, 0, 5)
check(bisect.bisect_right, [1], 1, key=len)
check(bisect.bisect_right, [1], 1, foo=1)
check(bisect.bisect_right, [1], 1, 0, 1, 2)
check(bisect.bisect_right, [1], 1, 0, 1, key=None, lo=0)
check(bisect.insort, (1, 2), 1)
check(bisect.bisect_right, [1, 'a'], 2)
print(bisect.bisect_right([1], 1, 0, None), bisect.bisect_right([1, 2], 1, 0, True))
print(bisect.bisect.__name__, bisect.insort.__name__, bisect.bisect_left.__module__)
print(bisect.bisect_left.__doc__)
