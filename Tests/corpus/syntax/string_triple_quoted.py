# mode: ast
a = """line 1
line 2
    indented"""
b = '''single "quotes" inside
'''
c = """continued \
line"""
d = """
"""
e = b"""bytes
triple"""
g = r"""raw \n
"""
