# mode: ast
x = 1 + \
    2
y = (1 +
     2)
z = [1,
     2,
  3]
if a and \
        b:
    pass
w = {
    'a': 1,
}
def f(a,
      b):
    return a \
        + b
s = "abc" \
    "def"
