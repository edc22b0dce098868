try:
    compile("x = (", "f.py", "exec")
except SyntaxError as e:
    raise ExceptionGroup("syntax", [e])
