class B:
    def __bool__(self): raise RuntimeError("bool fails")
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return B()
with CM():
    raise ValueError("v")
