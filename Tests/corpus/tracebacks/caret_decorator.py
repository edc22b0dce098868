def deco(f):
    raise RuntimeError("decorator failed")
@deco
def g():
    pass
