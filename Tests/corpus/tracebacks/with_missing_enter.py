class CM:
    def __exit__(self, *a): pass
with CM():
    pass
