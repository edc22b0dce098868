class E(Exception):
    def __repr__(self): return "R"
    def __str__(self): raise E()
raise E()
