# xfail: compile-time error (symtable/compiler), not the parser's
def f():
    return [x async for x in y]
