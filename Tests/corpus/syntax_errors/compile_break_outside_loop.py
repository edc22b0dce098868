# xfail: compile-time error (symtable/compiler), not the parser's
if x:
    break
