def t(f):
    try: print('ok', f())
    except Exception as e: print(type(e).__name__, e)
l = [1,2,3]
t(lambda: l.append())
t(lambda: l.append(1,2))
t(lambda: l.insert(1))
t(lambda: l.insert('a', 1))
t(lambda: l.insert(1.5, 1))
t(lambda: l.pop(1,2))
t(lambda: l.pop('a'))
t(lambda: l.pop(10))
t(lambda: [].pop())
t(lambda: l.remove(9))
t(lambda: l.remove())
t(lambda: l.index(9))
t(lambda: l.index())
t(lambda: l.index(1, 'a'))
t(lambda: l.index(1, 1.5))
t(lambda: l.index(1, 2**100))
t(lambda: l.count())
t(lambda: l.sort(1))
t(lambda: l.sort(key=1))
t(lambda: l.sort(reverse=None))
t(lambda: l.sort(reverse=1.5))
t(lambda: l.sort(foo=1))
t(lambda: [1,'a'].sort())
t(lambda: l.reverse(1))
t(lambda: l.copy(1))
t(lambda: l.clear(1))
t(lambda: l.extend())
t(lambda: l.extend(1))
t(lambda: l[1.5])
t(lambda: l['a'])
t(lambda: l[10])
t(lambda: l[2**100])
t(lambda: l[-2**100])
t(lambda: l[::0])
t(lambda: l['a':])
t(lambda: l + (1,))
t(lambda: l + 1)
t(lambda: l * 'a')
t(lambda: l * 1.5)
t(lambda: l * 2**100)
t(lambda: list(1))
t(lambda: list(1, 2))
t(lambda: list(x=1))
t(lambda: hash(l))
t(lambda: l < 1)
t(lambda: [1] < ['a'])
t(lambda: list.append(1, 2))
def s1(): l[1] = 1; return l
t(s1)
def s2(): l[10] = 1
t(s2)
def s3(): del l[10]
t(s3)
def s4(): l[::2] = [1]
t(s4)
def s5(): l[0:1] = 1
t(s5)
def s6(): l['a'] = 1
t(s6)
def s7(): del l['a']
t(s7)
def s8(): l[::-1] = [4,5,6]; return l
t(s8)
def s9(): l[::2] = 5
t(s9)
def s10(): l[2**100] = 1
t(s10)
def s11():
    m = [1,2,3]; m += 1
t(s11)
def s12():
    m = [1,2,3]; m *= 'x'
t(s12)
t(lambda: [].__sizeof__())
class L(list): pass
t(lambda: L().__sizeof__())
t(lambda: L([1,2,3]).__sizeof__())
t(lambda: type(l.__reversed__()).__name__)
t(lambda: list.__class_getitem__(int))

t(lambda: l.index(1, None))
