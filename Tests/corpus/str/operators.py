def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

print("ab" + "cd", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "" * 5, "€" * 3)
print("a" in "cat", "" in "x", "at" in "cat", "ta" in "cat", "€" in "a€")
print("a" < "b", "a" < "ab", "B" < "a", "é" > "z", "a" == "a", "a" != "b", "abc" >= "abd", "" < "a")
s = "x"
s += "y"
s *= 2
print(s)
t(lambda: "a" + 1)
t(lambda: 1 + "a")
t(lambda: "a" * "b")
t(lambda: "a" * 1.5)
t(lambda: 1 in "a")
t(lambda: "a" < 1)
t(lambda: "a" - "b")
print(sorted(["b", "a", "C", "é", "A"]), max("hello"), min("hello"))
