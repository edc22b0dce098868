# xfail: compile-time error (symtable/compiler), not the parser's
def f():
    return [await x for x in y]
