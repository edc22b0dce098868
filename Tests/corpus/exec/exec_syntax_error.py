try:
    exec('def f(:\n  pass')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename)
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    compile('if 1:\npass', 'file.py', 'exec')
except IndentationError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
