# mode: ast
match = 1
case = 2
_ = 3
match(x)
match[x]
match.attr
print(match, case, _)
match = case = _
def match(case):
    return case
class case:
    match = 1
match -x
match * y
