# mode: ast-positions
x = 1
y: int = 2
x += 3
del x
if y:
    pass
elif z:
    pass
else:
    pass
while a:
    break
for i in range(3):
    continue
assert x, "m"
global g
raise E from F
return_ = 1
