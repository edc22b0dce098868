# mode: ast-positions
match point:
    case Point(x=0, y=0):
        pass
    case [1, 2, *rest]:
        pass
    case {"k": v, **others}:
        pass
    case 1 | 2 as n if n:
        pass
    case -1 + 2j:
        pass
    case Color.RED:
        pass
    case _:
        pass
