raise IndentationError("unexpected indent", ("mod.py", 2, 4, "    x = 1\n", 2, 9))
