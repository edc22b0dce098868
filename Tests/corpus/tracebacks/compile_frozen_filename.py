code = compile("x = 1\n1/0", "<frozen thing>", "exec")
exec(code)
