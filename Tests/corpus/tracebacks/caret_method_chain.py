s = "Hello"
r = s.lower().strip().nothing()
