import builtins
names = ['abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'breakpoint', 'callable', 'chr', 'compile',
         'delattr', 'dir', 'divmod', 'eval', 'exec', 'format', 'getattr', 'globals', 'hasattr', 'hash', 'help',
         'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'len', 'locals', 'max', 'min', 'next', 'oct',
         'open', 'ord', 'pow', 'print', 'repr', 'round', 'setattr', 'sorted', 'sum', 'vars', '__import__',
         '__build_class__', 'exit', 'quit', 'copyright', 'credits', 'license']
for n in names:
    print(n, hasattr(builtins, n))
print(type(len).__name__, len.__name__, repr(len))
print(repr(print), repr(max), repr(sorted))
print(__builtins__ is builtins or __builtins__ is builtins.__dict__)
