# xfail: compile-time error (symtable/compiler), not the parser's
match x:
    case C(a=1, a=2):
        pass
