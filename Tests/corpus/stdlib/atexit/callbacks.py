import atexit
def bye(name, punct='!'):
    print('bye', name + punct)
class Boom:
    def __call__(self):
        raise ValueError('bad callback')
    def __repr__(self):
        return '<Boom callback>'
atexit.register(bye, 'first')
atexit.register(Boom())
atexit.register(bye, 'second', punct='?')
@atexit.register
def decorated():
    print('decorated runs first')
    atexit.register(bye, 'registered while exiting')
def removed():
    print('never')
atexit.register(removed); atexit.register(removed)
atexit.unregister(removed)
atexit.unregister(lambda: 0)
try: atexit.register(5)
except TypeError as e: print(e)
try: atexit.register()
except TypeError as e: print(e)
print(atexit.register.__doc__.splitlines()[0], atexit.__name__)
print('main done')
