def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

t1 = str.maketrans("abc", "xyz")
print(sorted(t1.items()))
print("aabbcc".translate(t1))
t2 = str.maketrans("ab", "cd", "e")
print(sorted(t2.items()), "abeeba".translate(t2))
t3 = str.maketrans({"a": "AA", "b": None, ord("c"): 120, 100: "€"})
print(sorted(t3.items()), "abcd".translate(t3))
print("abc".translate({97: None}), "abc".translate([]), "abc".translate({}), "€".translate({8364: "e"}))
t(lambda: str.maketrans(1))
t(lambda: str.maketrans("ab", "c"))
t(lambda: str.maketrans({"ab": 1}))
t(lambda: str.maketrans({1.5: 1}))
t(lambda: str.maketrans("a", "b", 1))
t(lambda: str.maketrans("a", 1))
t(lambda: "a".translate({97: 1.5}))
t(lambda: "a".translate({97: 0x110000}))
t(lambda: "a".translate({97: -1}))
t(lambda: "a".translate())
