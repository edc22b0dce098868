source = """
def f():
    return (1,
            2
x = 3
"""
exec(source)
