# xfail: compile-time error (symtable/compiler), not the parser's
match x:
    case y:
        pass
    case 1:
        pass
