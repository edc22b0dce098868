# xfail: compile-time error (symtable/compiler), not the parser's
class C:
    [y := 1 for x in z]
