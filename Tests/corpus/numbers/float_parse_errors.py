# ValueError/TypeError/OverflowError of float().
def check(*args, **kw):
    try:
        print(repr(float(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['', ' ', 'x', '1e', '1e+', 'e5', '.', '-.e1', '1_', '_1', '1__0', '1_.5', '1._5', '1.5_e3', '1e_5', '0x10',
          '1.5j', '1 2', 'in f', 'infinit', 'infinityx', 'nanx', '--1', '+-1', '1\x00', '١x', '1.5\x1c', 'x' * 300]:
    check(s)
check(b'x')
check(b'1\x00')
check(None)
check([])
check(1j)
check(1, 2)
check(x=1)
check(10**400)
class BadFloat:
    def __float__(self):
        return 'x'
class IntFloat:
    def __float__(self):
        return 1
check(BadFloat())
check(IntFloat())
