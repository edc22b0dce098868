# mode: ast
x = "a" "b" 'c'
y = ("multi"
     "line"
     'concat')
z = u"kind" "no kind"
w = "no kind" u"kind"
v = b"a" b'b' B"c"
t = r"\n" "\n"
