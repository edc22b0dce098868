# xfail: compile-time error (symtable/compiler), not the parser's
x = yield from y
