# args: unused
# A script whose SyntaxWarning cannot be shown twice: compiled once, run once.
def check(v):
    return v is "x"
print(check("y"))
