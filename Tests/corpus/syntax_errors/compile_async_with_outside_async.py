# xfail: compile-time error (symtable/compiler), not the parser's
def f():
    async with x:
        pass
