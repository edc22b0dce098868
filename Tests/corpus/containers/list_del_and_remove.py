l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
del l[::3]
print(l)
l.remove(5)
print(l)
while l:
    del l[len(l) // 2]
    print(l)
m = [1, 2, 1, 2]
m.remove(2)
print(m)
class Eq:
    def __eq__(self, other):
        return other == 'target'
n = ['a', 'target', 'b']
n.remove(Eq())
print(n)
def check(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e)
    else:
        print('ok', r)
def del_out():
    x = [1]
    del x[5]
check(del_out)
def del_big():
    x = [1]
    del x[2**100]
check(del_big)
def del_str():
    x = [1]
    del x['a']
check(del_str)
def del_slice_empty():
    x = [1, 2]
    del x[5:10]
    del x[1:0]
    del x[::-5]
    return x
check(del_slice_empty)
def del_step_zero():
    x = [1]
    del x[::0]
check(del_step_zero)
p = list(range(6))
p.pop(2)
p.pop(-2)
print(p, p.pop(0), p)
