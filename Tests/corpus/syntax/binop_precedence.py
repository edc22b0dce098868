# mode: ast
a + b * c - d / e // f % g
(a + b) * c
a ** b ** c
-a ** -b
a << b >> c & d ^ e | f
a @ b @ c
x = 1 + 2 * 3 ** 4 // 5 % 6 - 7
