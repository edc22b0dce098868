def f(): raise ValueError(1)
def g(): raise TypeError(2)
excs = []
for h in (f, g):
    try: h()
    except Exception as e: excs.append(e)
raise ExceptionGroup("eg", excs)
