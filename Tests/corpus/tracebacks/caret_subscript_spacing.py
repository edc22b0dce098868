# Subscript anchors skip to the brackets: spaces, parentheses around the value.
d = {"a": 1}
try:
    d [ "k" ]
except KeyError as e:
    print("caught", e)
x = (d) ["missing"]
