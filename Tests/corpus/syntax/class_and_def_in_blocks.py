# mode: ast
if x:
    def f():
        pass
else:
    class C:
        pass
while y:
    async def g():
        pass
try:
    import a
except ImportError:
    a = None
