def conv(x):
    return int(x)
print(list(map(conv, ["1", "two"])))
