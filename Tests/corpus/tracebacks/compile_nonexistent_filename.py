code = compile("1/0", "/nonexistent/file.py", "exec")
exec(code)
