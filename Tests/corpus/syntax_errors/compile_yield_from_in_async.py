# xfail: compile-time error (symtable/compiler), not the parser's
async def f():
    yield from x
