e = RuntimeError("with notes")
e.add_note("first")
e.add_note("")
e.add_note("ends with newline\n")
e.add_note("two\nlines")
raise e
