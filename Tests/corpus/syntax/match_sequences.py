# mode: ast
match x:
    case [a, b, *rest]:
        pass
    case (a, b):
        pass
    case []:
        pass
    case ():
        pass
    case [*_]:
        pass
    case (*_, 1):
        pass
    case a, b:
        pass
    case a, *b:
        pass
    case [a]:
        pass
    case (a,):
        pass
    case [[a, b], (c, d)]:
        pass
