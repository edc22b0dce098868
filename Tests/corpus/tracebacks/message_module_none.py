class E(Exception):
    pass
E.__module__ = None
raise E("x")
