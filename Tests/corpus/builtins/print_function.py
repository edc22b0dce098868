print()
print(1, 2, 3)
print(1, 2, 3, sep=', ')
print(1, 2, sep='', end='|\n')
print('a', 'b', sep=None, end=None)
print('no newline', end='')
print()
print(*range(5), sep='-')
print([1, 'x'], (2,), {'k': None}, None, True, 1.5)
class S:
    def __str__(self): return 'str!'
    def __repr__(self): return 'repr!'
print(S(), [S()])
print('flushed', flush=True)
print('x', flush=0)
