# xfail: compile-time error (symtable/compiler), not the parser's
def f():
    await x
