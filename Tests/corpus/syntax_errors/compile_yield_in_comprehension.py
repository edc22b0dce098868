# xfail: compile-time error (symtable/compiler), not the parser's
def f():
    return [(yield x) for x in y]
