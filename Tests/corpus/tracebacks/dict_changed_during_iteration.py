x = {1: 2}
for k in x:
    x[k + 1] = 0
