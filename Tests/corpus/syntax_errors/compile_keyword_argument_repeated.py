# xfail: compile-time error (symtable/compiler), not the parser's
f(a=1, a=2)
