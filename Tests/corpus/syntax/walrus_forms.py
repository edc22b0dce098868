# mode: ast
if (n := len(a)) > 10:
    pass
while (chunk := f.read()):
    pass
[y := f(x), y ** 2]
f(x := 1)
print(a, b := 2)
{(k := 1): 2}
x = (y := 3)
[z for w in v if (z := w)]
a[b := 1]
lambda: (x := 1)
def g(a=(b := 3)):
    pass
