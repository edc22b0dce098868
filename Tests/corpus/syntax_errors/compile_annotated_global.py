# xfail: compile-time error (symtable/compiler), not the parser's
def f():
    global x
    x: int = 1
