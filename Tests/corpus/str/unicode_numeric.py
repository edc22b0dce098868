def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for c in ["0", "٣", "۳", "߃", "३", "৩", "௩", "๓", "٠", "²", "³", "¹", "¼", "½", "¾", "Ⅰ", "ⅰ", "①", "⑴", "⒈", "〡", "〇", "零", "兆", "𝟘", "𝟙", "\U0001f100", "፩", "ᛮ"]:
    print(repr(c), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isalpha())
print("١٢".isdecimal())
