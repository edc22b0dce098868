compile("x = (1,", "<foo>", "exec")
