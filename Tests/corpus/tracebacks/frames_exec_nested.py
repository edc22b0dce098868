src = """
def helper(x):
    return x.missing_attribute
"""
ns = {}
exec(src, ns)
def run():
    return ns["helper"](1)
run()
