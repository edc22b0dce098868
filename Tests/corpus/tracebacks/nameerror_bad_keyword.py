e = ImportError("msg", name="n", path="p")
print(e, e.msg, e.name, e.path, repr(e))
print(ImportError(name="x"), repr(ImportError(name="x")))
ImportError(foo=1)
