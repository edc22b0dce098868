s = "abc"
s.upper(1, 2)
