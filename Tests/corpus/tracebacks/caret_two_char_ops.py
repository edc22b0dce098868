def t(a, b):
    try:
        a // b
    except ZeroDivisionError as e:
        print(e)
    return a ** b % b
t(2, 0)
