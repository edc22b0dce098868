# Complex numbers only support == and !=, also against ints and floats.
def check(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

print(1j == 1j, 1j != 1j, 1 + 0j == 1, 1 + 0j == 1.0, 1 + 0j == True, 1 + 1j == 1, 2**70 + 0j == 2**70, 2**53 + 1 + 0j == 2**53 + 1)
print(0j == 0, 0j == -0.0, complex(float('nan'), 0) == complex(float('nan'), 0), 1j == 'j', 1j != None, 1j in [0, 1j])
print(1 == 1 + 0j, 1.0 == 1 + 0j, 1 != 1j, (1+0j).__eq__(1), (1+0j).__eq__('x'), (1+0j).__lt__(2))
ops = [('<', lambda a, b: a < b), ('<=', lambda a, b: a <= b), ('>', lambda a, b: a > b), ('>=', lambda a, b: a >= b)]
for name, op in ops:
    check(lambda: op(1j, 2j))
    check(lambda: op(1j, 2))
    check(lambda: op(2.0, 1j))
    check(lambda: op(2**70, 1j))
