x = {1, 2}
for k in x:
    x.add(k + 10)
