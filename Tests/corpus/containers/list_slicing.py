l = list(range(10))
print(l[2:5], l[:3], l[7:], l[-3:], l[:-7], l[::2], l[1::3], l[::-1], l[8:2:-2], l[-1:-5:-1])
print(l[100:], l[-100:2], l[5:2], l[2:2], l[::100], l[::-100], l[3:-3:2])
print(l[None:None:None], l[slice(2, 4)], l[slice(None, None, -3)])
class I:
    def __index__(self):
        return 2
print(l[I()], l[I():], l[:I()], l[::I()])
m = l[:]
m[2:5] = ['a', 'b']
print(m)
m[0:0] = [100, 101]
print(m)
m[len(m):] = [200]
print(m)
m[1:3] = []
print(m)
m[::2] = range(len(m[::2]))
print(m)
m[::-3] = [7] * len(m[::-3])
print(m)
del m[::2]
print(m)
del m[1:3]
print(m)
del m[-1]
print(m)
del m[:]
print(m)
n = [1, 2, 3]
n[1:2] = n
print(n)
n[::2] = n[::2][::-1]
print(n)
n[5:1] = ['x']
print(n)
n[-100:-50] = ['y']
print(n)
n[3:] = 'abc'
print(n)
n[:] = (1, 2)
print(n)
p = list(range(8))
del p[::-2]
print(p)
p = list(range(8))
del p[10:2:-3]
print(p)
p = list(range(8))
p[::3] = 'abc'
print(p)
try:
    p[1:8:3] = [None, None]
except ValueError as e:
    print('ValueError', e)
p[1:8:3] = [None, None, None]
print(p)
