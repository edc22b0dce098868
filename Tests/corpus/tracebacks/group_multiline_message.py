raise ExceptionGroup("line1\nline2", [ValueError("a\nb")])
