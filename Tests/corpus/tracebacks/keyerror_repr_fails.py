class K:
    def __repr__(self): raise ValueError
raise KeyError(K())
