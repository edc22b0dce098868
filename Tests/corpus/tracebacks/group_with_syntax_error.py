try:
    compile("x = = 1", "<src>", "exec")
except SyntaxError as e:
    se = e
raise ExceptionGroup("with syntax", [se])
