class CM:
    def __enter__(self): raise KeyError("enter")
    def __exit__(self, *a): print("exit?")
with CM():
    pass
