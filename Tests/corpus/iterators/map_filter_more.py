print(list(map(int, ['1', '2', '-3'])), list(map(len, ['', 'ab', [1, 2, 3]])))
print(list(map(lambda *args: sum(args), [1, 2], [10, 20], [100, 200])))
print(list(map(max, [1, 5], [3, 2], [0, 9])))
print(list(map(str.upper, 'abc')), list(map(divmod, [7, 9], [2, 4])))
print(list(filter(str.isdigit, ['1', 'a', '22', ''])), list(filter(lambda x: x, [0, None, 3])))
print(list(filter(None, range(-2, 3))), list(filter(None, 'a b')), list(filter(None, {0: 'x', 1: 'y'})))
calls = []
def pred(x):
    calls.append(x)
    return x % 2 == 0
f = filter(pred, range(6))
print(next(f), calls)
print(next(f), calls)
m = map(lambda x: 10 / x, [5, 0, 2])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(next(m))
nested = map(lambda p: p[0] + p[1], zip(range(3), map(lambda x: x * 10, range(3))))
print(list(nested))
print(sum(map(len, ['ab', 'c'])), max(filter(None, [0, 4, 2])), sorted(map(abs, [-3, 1, -2])))
