v = ValueError("v")
g = ExceptionGroup("g", [v])
v.__context__ = g
raise g
