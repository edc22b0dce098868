def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["é", "ß", "Ǆ", "ǅ", "ǆ", "١٢٣", "²", "½", "Ⅻ", "一", "〇", "\u00a0", "\u2028", "\u3000", "\u200b", "ﬁ", "ͅ", "Σ", "ς", "ª", "ᵃ", "\U0001d7d8", "\U0001f600", "α1", "变量", "x\u0301"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
