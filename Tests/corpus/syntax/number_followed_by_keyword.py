# mode: ast
# xfail: SyntaxWarning output is not implemented (the front end has no warnings channel)
x = 1if y else 2
