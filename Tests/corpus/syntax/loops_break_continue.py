# mode: ast
for x in y:
    continue
while x:
    break
    continue
for x in y:
    for z in x:
        break
    else:
        continue
