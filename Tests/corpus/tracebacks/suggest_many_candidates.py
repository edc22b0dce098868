for i in range(800):
    globals()["name_%d" % i] = i
print(name_x)
