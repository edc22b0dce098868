# mode: ast
-x
+x
~x
not x
- - x
not not x
-~+x
not -x
- x ** 2
(-x) ** 2
