# xfail: compile-time error (symtable/compiler), not the parser's
def f(x):
    def g(x):
        nonlocal x
