def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

m = memoryview(b"abcdef")
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), len(m), m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides)
print(m.tobytes(), m.tolist()[:3], bytes(m[2:4]), m == b"abcdef", m[1:3] == b"bc", m.obj, m.hex(), m[::-1].tobytes())
print(list(m[:3]), b"".join([m[:1], m[5:]]), m.contiguous, m[::2].contiguous)
t(lambda: m[10])
t(lambda: m["a"])
t(lambda: m.__setitem__(0, 1))
t(lambda: memoryview("abc"))
t(lambda: memoryview(5))
print(hash(memoryview(b"ab")) == hash(b"ab"))
