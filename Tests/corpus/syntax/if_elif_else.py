# mode: ast
if a:
    pass
elif b:
    pass
elif c:
    x = 1
else:
    y = 2

if a: pass
if a: x = 1; y = 2
if a:
    if b:
        pass
    else:
        pass
