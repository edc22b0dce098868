def check(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except BaseException as e:
        print(type(e).__name__ + ':', e)

c = compile('1 + 2', 'f', 'eval')
print(type(c).__name__, c.co_filename, eval(c))
c = compile('x = 5\ny = x * 2', '<mine>', 'exec')
ns = {}
exec(c, ns)
print(ns['x'], ns['y'])
c = compile('1 + 1', 'f', 'single')
print(type(c).__name__)
check(compile, '1', 'f', 'bad')
check(compile, '1', 'f', 'exec', 0x1)
check(compile, '1', 'f', 'exec', optimize=5)
check(compile, 'a\0', 'f', 'exec')
check(compile, 1, 'f', 'exec')
check(compile, '1', 1, 'exec')
check(compile, '1', 'f', 1)
check(compile)
check(compile, '1')
check(compile, '1', 'f', 'exec', 0, 0, -1, 1)
try:
    compile('x =', 'f', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
print(type(compile(b'y = 1', 'f', 'exec')).__name__)
print(compile('pass', 'name.py', mode='exec').co_filename)
