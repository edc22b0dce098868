# xfail: compile-time error (symtable/compiler), not the parser's
yield 1
