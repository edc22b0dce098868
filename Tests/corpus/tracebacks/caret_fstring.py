value = 3
s = f"{value:q}"
