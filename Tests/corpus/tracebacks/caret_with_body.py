class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit got", t.__name__, v)
        return False
with CM() as c:
    [][0]
