e = ValueError("odd notes")
e.__notes__ = "just a string"
raise e
