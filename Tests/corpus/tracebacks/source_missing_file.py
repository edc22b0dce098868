code = compile("def f():\n    return 1/0\n", "/nonexistent/dir/missing.py", "exec")
ns = {}
exec(code, ns)
ns["f"]()
