def f():
    global missing_global
    return missing_global
f()
