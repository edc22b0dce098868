Value = 3
print(value)
