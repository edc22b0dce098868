# mode: ast
a and b
a or b or c
a and b or c and not d
not a and not b
(a or b) and (c or d)
x = a or b and c
