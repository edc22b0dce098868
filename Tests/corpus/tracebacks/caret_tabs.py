if True:
	x = {}
	y = x[1]
