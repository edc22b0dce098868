# xfail: compile-time error (symtable/compiler), not the parser's
f = lambda a, *, a: 0
