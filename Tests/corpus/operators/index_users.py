# __index__ is used wherever an integer is required.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
seq = [10, 20, 30, 40, 50]
print(seq[I(1)], seq[I(-1)], seq[I(1):I(3)], "abcdef"[I(2)], (1, 2, 3)[I(0)], b"xyz"[I(1)])
print(range(I(3)), list(range(I(1), I(7), I(2))), range(10)[I(4)])
print(hex(I(255)), oct(I(8)), bin(I(5)), "%x" % I(255), "%d" % I(7), format(I(3), "b") if False else "skip")
print([0] * I(3), "ab" * I(2), I(2) * "cd")
print(bytes(I(3)) if False else "skip", bytearray(I(2)) if False else "skip")
print(operator_index := I(9).__index__())
l = list(range(10))
l[I(0)] = "zero"
del l[I(1)]
print(l[:3])
print(int(I(4)) if hasattr(int, "__index__") else "", round(2.5, I(0)) if False else "skip")
print(chr(I(65)), pow(2, I(3)) if False else "skip", "x".center(I(5)), [1, 2, 3].pop(I(0)))
for bad in (1.5, "3", None):
    try:
        seq[bad]
    except TypeError as e:
        print("TypeError:", e)
class BadIndex:
    def __index__(self): return "not int"
try:
    seq[BadIndex()]
except TypeError as e:
    print("TypeError:", e)
class BigIndex:
    def __index__(self): return 2 ** 100
try:
    seq[BigIndex()]
except IndexError as e:
    print("IndexError:", e)
try:
    [0] * BigIndex()
except OverflowError as e:
    print("OverflowError:", e)
try:
    range(BadIndex())
except TypeError as e:
    print("TypeError:", e)
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
# __int__ is not __index__.
class OnlyInt:
    def __int__(self): return 3
try:
    seq[OnlyInt()]
except TypeError as e:
    print("TypeError:", e)
print(int(OnlyInt()))
try:
    hex(OnlyInt())
except TypeError as e:
    print("TypeError:", e)
# Slices with __index__ objects and None.
print(seq[I(1):None:I(2)], slice(I(1), I(4)).indices(10))
