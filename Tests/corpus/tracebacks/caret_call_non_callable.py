count = 5
count()
