class CM:
    def __enter__(self):
        return {}["enter"]
    def __exit__(self, *a):
        pass
with CM():
    print("never")
