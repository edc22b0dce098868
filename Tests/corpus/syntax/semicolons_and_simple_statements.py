# mode: ast
a; b; c
x = 1; y = 2;
if a: b; c
pass; pass
import a; from b import c
global g; del d
