a = 1
b = "x"
ok = 0 < a < b
