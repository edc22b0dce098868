class E(Exception):
    def __str__(self): return 42
raise E()
