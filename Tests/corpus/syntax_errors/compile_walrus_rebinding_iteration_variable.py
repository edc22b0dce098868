# xfail: compile-time error (symtable/compiler), not the parser's
[x := 1 for x in y]
