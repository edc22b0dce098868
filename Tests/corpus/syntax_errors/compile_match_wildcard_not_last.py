# xfail: compile-time error (symtable/compiler), not the parser's
match x:
    case _:
        pass
    case 1:
        pass
