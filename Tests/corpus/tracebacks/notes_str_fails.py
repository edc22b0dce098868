class Bad:
    def __str__(self):
        raise RuntimeError
e = ValueError("bad note")
e.__notes__ = ["ok", Bad(), "after"]
raise e
