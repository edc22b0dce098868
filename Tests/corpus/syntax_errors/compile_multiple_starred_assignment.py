# xfail: compile-time error (symtable/compiler), not the parser's
*a, *b = c
