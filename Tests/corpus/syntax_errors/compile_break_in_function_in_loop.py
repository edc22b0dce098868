# xfail: compile-time error (symtable/compiler), not the parser's
for x in y:
    def f():
        break
