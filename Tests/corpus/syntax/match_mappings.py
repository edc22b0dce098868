# mode: ast
match x:
    case {"x": 1, "y": 2}:
        pass
    case {"x": a, **rest}:
        pass
    case {}:
        pass
    case {1: _, b"k": [a, b], None: c}:
        pass
    case {Color.RED: a}:
        pass
    case {**rest}:
        pass
    case {-1: x, 1+2j: y}:
        pass
