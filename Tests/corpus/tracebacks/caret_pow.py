def power(base, exp):
    return base ** exp
power(2, "x")
