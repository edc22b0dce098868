e = ValueError("x")
e.add_note("note one")
e.add_note("multi\nline")
raise e
