def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba.extend([103, 104])
ba.extend(bytearray(b"i"))
ba.insert(0, 64)
ba.insert(-1, 33)
ba.insert(100, 35)
print(ba, ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(99)
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
ba.clear()
print(ba, c, len(c))
for f in [lambda: bytearray().pop(), lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(9), lambda: bytearray(b"a").append(256),
          lambda: bytearray(b"a").append("a"), lambda: bytearray(b"a").insert(0, 300), lambda: bytearray(b"a").extend(1),
          lambda: bytearray(b"a").extend([1, "a"]), lambda: bytearray(b"a").extend("ab"), lambda: bytearray(b"a").append()]:
    t(f)
