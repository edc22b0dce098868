# mode: ast-positions
try:
    pass
except ValueError as e:
    pass
except TypeError:
    pass
else:
    pass
finally:
    pass
with a as b, c:
    pass
with (d as e,
      f as g):
    pass
try:
    pass
except* (A, B) as eg:
    pass
