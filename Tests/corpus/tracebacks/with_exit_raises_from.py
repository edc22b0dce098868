import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("exit") from v
with CM():
    1/0
