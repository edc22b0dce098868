code = compile("x = 1\ny = x + None\n", "<generated>", "exec")
exec(code)
