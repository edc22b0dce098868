import traceback, sys
def a():
    b()
def b():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack(limit=1))
    for f, lineno in traceback.walk_stack(None):
        print('walk', f.f_code.co_name, lineno)
        break
a()
def rec(n):
    if n == 0:
        raise RuntimeError('deep')
    rec(n - 1)
try:
    rec(10)
except RuntimeError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[-2:])
    summary = traceback.extract_tb(e.__traceback__)
    print(len(summary), summary.format()[-3:])
    print([(f.lineno, f.name) for f, n in [(s, 0) for s in summary]][:3])
    print([n for _, n in traceback.walk_tb(e.__traceback__)][:4])
try:
    exec('x = (1 +')
except SyntaxError as se:
    print(traceback.format_exception_only(se))
class Custom(Exception):
    def __str__(self): return 'custom text'
try:
    raise Custom()
except Custom as c:
    c.add_note('a note')
    print(traceback.format_exception_only(c))
    traceback.print_exc(file=sys.stdout)
print(traceback.format_exc())
