# mode: ast
match a, b:
    case x, y:
        pass
match *a, b:
    case _:
        pass
match (x):
    case _:
        pass
match x := f():
    case _:
        pass
match -x:
    case _:
        pass
match f(x)[0]:
    case _:
        pass
