class Odd(Exception):
    pass
Odd.__module__ = 42
raise Odd("module is not a str")
