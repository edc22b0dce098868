# xfail: compile-time error (symtable/compiler), not the parser's
nonlocal x
