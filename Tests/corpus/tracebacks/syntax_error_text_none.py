raise SyntaxError("no text", ("mod.py", 7, 2, None))
