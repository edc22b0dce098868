def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for spec in ["", "s", "10", "<10", ">10", "^10", "*^9", ".2", "10.2", "^11.3s", "€>6", "0", "05", ">05", "x<5", "\x00<3"]:
    print(repr(spec), repr(format("hello", spec)))
for spec in ["=5", "+", " ", "-", "z", "#", "5,", "5_", ",", "_,", ",_", ".", "xx", "5d", "c", "\x01", "é", "99999999999999999999", ".99999999999999999999", "10.2f"]:
    t(lambda: format("ab", spec))
t(lambda: "ab".__format__(1))
t(lambda: "ab".__format__())
