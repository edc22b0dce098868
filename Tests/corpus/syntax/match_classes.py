# mode: ast
match p:
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case Point():
        pass
    case a.b.C(d, e=f):
        pass
    case int(n) | float(n):
        pass
    case Point(x=[a, b], y={"k": v}):
        pass
