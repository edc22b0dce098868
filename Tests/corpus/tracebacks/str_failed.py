class E(Exception):
    def __str__(self): raise RuntimeError
raise E()
