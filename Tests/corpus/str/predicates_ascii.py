def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)

for s in ["", "abc", "ABC", "Abc", "abc123", "123", "  ", "\t\n", "a b", "_x", "x_1", "1x", "Hello World", "Hello world", "HELLO", "hello!", "\x1f", "\x7f"]:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
t(lambda: "a".isalpha(1))
