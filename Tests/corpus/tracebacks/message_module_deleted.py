class E(Exception):
    pass
del E.__module__
raise E("x")
