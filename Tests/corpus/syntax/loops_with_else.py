# mode: ast
for x in y:
    if x:
        break
    else:
        continue
else:
    pass

while True:
    break
else:
    pass

for a, b in c:
    pass

for (a, b) in c:
    pass

for [a, b] in c:
    pass

for x, in y:
    pass

for i in 1, 2, 3:
    pass

for i in *a, *b:
    pass
