def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for b in [b"a=b=c", b"abc", b"="]:
    print(b.partition(b"="), b.rpartition(b"="), bytearray(b).partition(b"="))
print(b"one one".replace(b"one", b"two"), b"one one".replace(b"one", b"two", 1), b"abc".replace(b"", b"-"), b"aaa".replace(b"a", b""), bytearray(b"xx").replace(b"x", b"y"))
print(b"prefix_x".removeprefix(b"prefix_"), b"x_suffix".removesuffix(b"_suffix"), b"ab".removeprefix(b"z"))
t(lambda: b"a".partition("a"))
t(lambda: b"a".partition(b""))
t(lambda: b"a".replace("a", b"b"))
t(lambda: b"a".replace(b"a", "b"))
t(lambda: b"a".removeprefix("a"))
