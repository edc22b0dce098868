def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("abc".__sizeof__() - "".__sizeof__(), "é".__sizeof__() - "".__sizeof__() > 0, "abc".__getnewargs__(), "x".__hash__() == hash("x"))
print("Hello"[::-1].upper().center(9, ".").replace(".", "*").split("*"))
print("The quick brown fox".title().swapcase().count("E"), " | ".join(w.capitalize() for w in "a b c".split()))
