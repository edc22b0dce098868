# bool: & | ^ between bools stay bool; arithmetic is int arithmetic; reprs.
T, F = True, False
for a in (T, F):
    for b in (T, F):
        print(a, b, a & b, a | b, a ^ b, a + b, a - b, a * b, a == b, a < b)
print(T & 1, T | 0, F ^ 1, 1 & T, type(T & 1).__name__, type(T & F).__name__, type(T ^ T).__name__)
print(-T, +T, ~T, ~F, abs(F), T / 2, T // 2, T % 2, T ** 10, divmod(T, 2), T << 3, T >> 1)
print(repr(T), str(F), f'{T}', f'{T:d}', format(F, '>6'), '%s %d %r' % (T, T, F), T.real, T.imag, T.numerator)
print(sum([T, T, F]), max(T, F), T == 1, T is True, hash(T), hash(F), {T: 'a', 1: 'b'}, T + 0.5, T * 1j)
x = T
x += T
print(x, type(x).__name__)
y = T
y &= F
print(y, type(y).__name__)
print(bool.__and__(T, F), bool.__or__(F, F), bool.__xor__(T, F), bool.__rand__(T, T), bool.__and__(T, 2))
print(int.__and__(T, F), type(int.__and__(T, F)).__name__)
