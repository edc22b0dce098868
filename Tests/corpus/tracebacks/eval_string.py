eval("{}['x']")
