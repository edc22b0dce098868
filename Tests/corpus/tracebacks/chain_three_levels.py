def level1():
    raise KeyError("one")
def level2():
    try:
        level1()
    except KeyError as e:
        raise ValueError("two") from e
def level3():
    try:
        level2()
    except ValueError:
        raise RuntimeError("three")
level3()
