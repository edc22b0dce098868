for src in [b"# coding: bogus\nx=1\n", b"\xef\xbb\xbf# coding: latin-1\nx=1\n", b"x = '\xff'\n", b"# coding: utf-8\nx = '\xff'\n", b"\xff\n", b"# coding: ascii\nx = '\xe9'\n"]:
    try:
        compile(src, "s", "exec")
        print("ok")
    except SyntaxError as e:
        print(repr(e.args), e.end_lineno, e.end_offset)
