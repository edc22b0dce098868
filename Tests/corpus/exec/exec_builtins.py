ns = {}
exec('r = len("abc")', ns)
print(ns['r'], type(ns['__builtins__']).__name__)
custom = {'__builtins__': {'len': lambda x: 'mine'}}
exec('r = len("abc")', custom)
print(custom['r'])
try:
    exec('print(1)', {'__builtins__': {}})
except NameError as e:
    print('NameError', e)
