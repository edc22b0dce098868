# xfail: compile-time error (symtable/compiler), not the parser's
__debug__ = 1
