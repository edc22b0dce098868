def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for c in ["ß", "ŉ", "ǰ", "ΐ", "ẞ", "ﬀ", "ﬃ", "ﬅ", "և", "ᾀ", "ᾈ", "ῳ", "İ", "ı", "ſ", "K", "Å", "ǈ", "Ꭰ", "ꭰ", "Ω", "ω", "ϴ", "ᲀ", "ᶎ", "Ⓐ", "ⓐ", "𐐀", "𐐨", "𞤀"]:
    print(repr(c), repr(c.upper()), repr(c.lower()), repr(c.title()), repr(c.casefold()), repr(c.swapcase()), c.isupper(), c.islower(), c.istitle())
