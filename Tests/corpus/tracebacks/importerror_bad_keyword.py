print(KeyError("a"), KeyError(), KeyError(1, 2), KeyError(""), repr(KeyError("a")))
