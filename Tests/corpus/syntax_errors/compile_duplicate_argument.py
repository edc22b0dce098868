# xfail: compile-time error (symtable/compiler), not the parser's
def f(a, a):
    pass
