def f():
    lenght = 3
    return lengh
f()
