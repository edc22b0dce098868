print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(0)), list(range(5, 0)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[2], r[1:3], r[::-1], r[::2], r[10:], r[-2:], r.start, r.stop, r.step)
print(repr(range(3)), repr(range(1, 3)), repr(range(1, 3, 1)), repr(range(-3, -10, -2)))
print(3 in range(5), 5 in range(5), -1 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(3.0 in range(5), 3.5 in range(5), True in range(2), 'a' in range(5), None in range(3))
print(range(10).index(4), range(0, 20, 5).index(15), range(10, 0, -2).index(4))
print(range(10).count(3), range(10).count(30), range(10).count(3.0))
print(bool(range(0)), bool(range(1)), bool(range(5, 5)), bool(range(5, 0, -1)))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True))
it = iter(range(3))
print(type(it).__name__, next(it), it.__length_hint__(), list(it), it.__length_hint__())
for i in range(3, 0, -1):
    print('loop', i)
print([x * 2 for x in range(4)], {x % 3 for x in range(10)}, dict.fromkeys(range(3)))
class I:
    def __index__(self):
        return 4
print(range(I()), list(range(I())), range(1, 10)[I()], range(10)[I():])
print(range(True), range(False, True))
