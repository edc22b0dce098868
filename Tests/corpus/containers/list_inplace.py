l = [1, 2]
alias = l
l += (3, 4)
l += 'ab'
l += range(2)
l += {'k': 1}
l += (x * 10 for x in [1, 2])
print(l, alias is l)
l *= 2
print(l, alias is l, len(l))
l *= 1
print(len(l))
l *= 0
print(l, alias)
m = [1, 2, 3]
m += m
print(m)
m *= -1
print(m)
n = [[]] * 3
n[0].append(1)
print(n)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print('TypeError', e)
print(t)
def f():
    x = [1]
    x += 5
try:
    f()
except TypeError as e:
    print('TypeError', e)
s = [1]
try:
    s *= 'a'
except TypeError as e:
    print('TypeError', e)
try:
    s *= 2**100
except OverflowError as e:
    print('OverflowError', e)
except MemoryError:
    print('MemoryError')
q = [0] * 3
q[1:2] = q
print(q)
