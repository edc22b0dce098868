# mode: ast
1j
1J
1.5j
0j
1e3j
1e20j
.5j
1_0j
0.1e-3j
1e309j
