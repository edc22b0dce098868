# xfail: compile-time error (symtable/compiler), not the parser's
match x:
    case [a, a]:
        pass
