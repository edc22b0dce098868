# mode: ast
a.b.c(d)[e].f
a().b().c()
x.y = z.w(1)(2)(3)
obj.method(arg)[0].attr
(a + b).c
"abc".upper()
1 .real
1.0.imag
1j.imag
