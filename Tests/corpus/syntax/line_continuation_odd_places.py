# mode: ast
x \
= \
1
def \
f(): pass
if \
  a: pass
y = [1, \
2]
z = 'a' \
'b'
