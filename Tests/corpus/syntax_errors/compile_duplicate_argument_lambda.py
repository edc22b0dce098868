f = lambda a, *, a: 0
