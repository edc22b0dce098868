e = ValueError("tuple notes")
e.__notes__ = ("a", "b")
raise e
