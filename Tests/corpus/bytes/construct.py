def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print(bytes(), bytes(3), bytes([1, 2, 255]), bytes(b"ab"), bytes(bytearray(b"cd")), bytes(range(3)), bytes("é", "utf-8"), bytes("a", encoding="ascii"))
print(bytes(memoryview(b"mv")), bytes((x for x in [65, 66])), bytes(source=b"k"))
for a, k in [((-1,), {}), (("a",), {}), ((b"a", "ascii"), {}), ((1.5,), {}), (([256],), {}), (([-1],), {}), ((["a"],), {}), ((), {"x": 1}),
             ((), {"encoding": "ascii"}), ((), {"errors": "x"}), (("é", "ascii"), {}), ((1, 2, 3, 4), {}), ((None,), {})]:
    t(lambda: bytes(*a, **k))
class B:
    def __bytes__(self): return b"custom"
print(bytes(B()))
class Bad:
    def __bytes__(self): return "x"
t(lambda: bytes(Bad()))
