# mode: ast
if a:
	x = 1
	if b:
		y = 2
	else:
		z = 3
