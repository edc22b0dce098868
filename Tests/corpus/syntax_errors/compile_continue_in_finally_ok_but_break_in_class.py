# xfail: compile-time error (symtable/compiler), not the parser's
while x:
    class C:
        continue
