# xfail: compile-time error (symtable/compiler), not the parser's
def f():
    async for x in y:
        pass
