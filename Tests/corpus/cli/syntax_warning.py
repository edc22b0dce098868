# SyntaxWarnings are printed when the script is compiled, before it runs, with the line.
x = 1
print("start")
if x is 1:
    print("is 1")
print(x is (), x == 1)
y = [1, 2] [0]
