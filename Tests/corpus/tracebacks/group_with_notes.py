e = ValueError("leaf")
e.add_note("leaf note")
eg = ExceptionGroup("group", [e])
eg.add_note("group note")
raise eg
