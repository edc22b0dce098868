def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["a", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "\r", "\x00\x1f\x7f", "\\", "é", "\xa0", "\xad", "€", "\u2028", "\ud800", "\U0001f600", "\U000e0001", "\ufeff", "\x85"]:
    print(repr(s), ascii(s))
print(repr("a" * 3), str(repr("x")))
