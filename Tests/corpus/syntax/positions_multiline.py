# mode: ast-positions
result = function_name(
    first_argument,
    second=[
        1,
        2,
    ],
)
text = ("abc"
        "def")
value = (
    a
    + b
)
if (a and
        b):
    pass
x = """triple
quoted"""
y = 1 + \
    2
