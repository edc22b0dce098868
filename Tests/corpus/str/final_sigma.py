def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["ΣΑΣ", "ΑΣ", "Σ", "ΑΣ.", "Α.Σ", "ΑΣΑ", "ΑΣ'Α", "Σ Σ", "aΣ", "aΣ b", "ΑΣ\u0345", "ῼΣ", "1Σ"]:
    print(repr(s.lower()), repr(s.swapcase()), repr(s.title()), repr(s.capitalize()))
