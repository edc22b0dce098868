def boom():
    raise KeyError("k")
def wrapper():
    boom()
wrapper()
