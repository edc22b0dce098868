def f(n):
    raise ValueError(n)
excs = []
for i in range(2):
    try:
        f(i)
    except ValueError as e:
        excs.append(e)
inner = ExceptionGroup("inner", excs)
raise ExceptionGroup("outer", [inner, TypeError("plain")])
