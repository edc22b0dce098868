def key(x):
    return x["k"]
data = [{"k": 1}, {}]
print(sorted(data, key=key))
