f = lambda x: x["key"]
f({})
