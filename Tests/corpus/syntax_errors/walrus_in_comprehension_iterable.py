# xfail: compile-time error (symtable/compiler), not the parser's
x = [y for y in (z := w)]
