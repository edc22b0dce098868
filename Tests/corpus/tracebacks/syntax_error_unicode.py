compile("ä = 1 +\n", "<uni>", "exec")
