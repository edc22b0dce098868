class S(str): pass
class E(Exception):
    def __str__(self): return S("sub")
raise E()
