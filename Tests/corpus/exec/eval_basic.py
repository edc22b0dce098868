def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

print(eval('1 + 2'))
x = 10
print(eval('x * 2'))
print(eval('y + 1', {'y': 5}))
print(eval('a + b', {'a': 1}, {'b': 2}))
print(eval('  7'))
print(eval('\t 8'))
print(eval(b'9'))
print(eval(compile('2 ** 5', 'e', 'eval')))
print(eval('[i * i for i in range(4)]'))
print(eval('lambda q: q + 1')(1))
def f():
    z = 3
    return eval('z + 1')
print(f())
