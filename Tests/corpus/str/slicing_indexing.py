def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

s = "hello, world"
print(s[0], s[-1], s[3:8], s[::2], s[::-1], s[-5:], s[:100], s[100:], s[5:2], s[1:10:3], s[-2:-8:-2])
print("€uro"[0], "€uro"[1:], "a€b"[::-1], "𝔘nicode"[0], "𝔘nicode"[1:3], len("𝔘nicode"))
t(lambda: s[20])
t(lambda: s[-20])
t(lambda: s[1.5])
t(lambda: s["a"])
t(lambda: s[::0])
t(lambda: s[None:None:None])
class I:
    def __index__(self): return 1
print(s[I()], s[I():3])
