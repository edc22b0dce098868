# xfail: compile-time error (symtable/compiler), not the parser's
def f():
    x = 1
    global x
