# xfail: compile-time error (symtable/compiler), not the parser's
async def f():
    yield 1
    return 2
