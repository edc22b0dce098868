# xfail: compile-time error (symtable/compiler), not the parser's
class C:
    return 1
